package org.marsad.alert;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.marsad.ingest.FetchFailure;
import org.marsad.ingest.HttpFetcher;
import org.marsad.ingest.PostResult;
import org.marsad.model.AlertDelivery;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.store.Store;

/**
 * Posts the due deliveries to their webhooks, one attempt each per turn, and records every attempt
 * in the delivery log. A 2xx marks the delivery delivered, never sent again (the store refuses to
 * reopen it); a timeout, connection error, 5xx or 429 is tried again after an exponential backoff,
 * up to {@code maxAttempts}; any other failure (4xx, refused address) fails it at once. Each post
 * carries the delivery's id in {@value #DELIVERY_HEADER}, so that a receiver can drop the one
 * repeat a crash between its answer and the record could cause.
 */
public final class WebhookDeliverer {
  /** The header naming the delivery, the same on every attempt. */
  public static final String DELIVERY_HEADER = "X-Marsad-Delivery";

  private static final String JSON_TYPE = "application/json; charset=utf-8";

  /**
   * @param maxAttempts attempts before a delivery fails
   * @param baseDelay the wait after the first failed attempt, doubled after each further one
   * @param maxDelay the longest wait
   * @param postsPerTurn deliveries attempted per turn
   */
  public record Settings(int maxAttempts, Duration baseDelay, Duration maxDelay, int postsPerTurn) {
    public Settings {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("alerts.max-attempts must be at least 1");
      }
      if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
        throw new IllegalArgumentException(
            "alerts.retry-base-delay must be at most alerts.retry-max-delay, both >= 0");
      }
      if (postsPerTurn < 1) {
        throw new IllegalArgumentException("alerts.posts-per-turn must be at least 1");
      }
    }
  }

  private final Store store;
  private final HttpFetcher fetcher;
  private final Settings settings;
  private final Clock clock;

  public WebhookDeliverer(Store store, HttpFetcher fetcher, Settings settings, Clock clock) {
    this.store = store;
    this.fetcher = fetcher;
    this.settings = settings;
    this.clock = clock;
  }

  /** Attempts every delivery due now (at most a turn's worth); returns how many were delivered. */
  public int deliverDue() {
    int delivered = 0;
    for (AlertDelivery delivery : store.dueDeliveries(clock.instant(), settings.postsPerTurn())) {
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
      if (attempt(delivery)) {
        delivered++;
      }
    }
    return delivered;
  }

  private boolean attempt(AlertDelivery delivery) {
    Optional<SavedSearch> search = store.savedSearch(delivery.savedSearchId());
    Optional<Article> article = store.article(delivery.articleId());
    if (search.isEmpty() || !search.get().hasWebhook() || article.isEmpty()) {
      return false; // removed meanwhile: its deliveries went with it
    }
    Instant at = clock.instant();
    PostResult result =
        fetcher.post(
            URI.create(search.get().webhookUrl()),
            Map.of(DELIVERY_HEADER, Long.toString(delivery.id())),
            WebhookPayload.of(search.get(), article.get()),
            JSON_TYPE);
    if (result.failure() == FetchFailure.INTERRUPTED) {
      return false; // stopping: not an attempt the webhook should be charged with
    }
    int attempts = delivery.attempts().size() + 1;
    AlertDelivery.Status status;
    Instant next = null;
    String error = result.ok() ? null : withoutPath(result.message(), search.get().webhookUrl());
    if (result.ok()) {
      status = AlertDelivery.Status.DELIVERED;
    } else if (!result.failure().retryable() || attempts >= settings.maxAttempts()) {
      status = AlertDelivery.Status.FAILED;
      error += " (attempt " + attempts + " of " + settings.maxAttempts() + ", given up)";
    } else {
      status = AlertDelivery.Status.PENDING;
      next = clock.instant().plus(backoff(attempts));
    }
    store.recordDeliveryAttempt(
        delivery.id(), new AlertDelivery.Attempt(at, result.status(), error), status, next);
    return result.ok();
  }

  /**
   * The message with the webhook's URL cut to its scheme and host: the delivery log is readable
   * without a token, and a webhook's path often holds its secret.
   */
  static String withoutPath(String message, String webhookUrl) {
    if (message == null) {
      return "failed";
    }
    URI uri = URI.create(webhookUrl);
    return message.replace(webhookUrl, uri.getScheme() + "://" + uri.getHost() + "/…");
  }

  /** The base delay times 2^(failures - 1), at most the maximum. */
  Duration backoff(int failedAttempts) {
    long base = settings.baseDelay().toMillis();
    long max = settings.maxDelay().toMillis();
    long delay = failedAttempts >= 31 ? max : Math.min(max, base << (failedAttempts - 1));
    return Duration.ofMillis(Math.max(0, delay));
  }
}
