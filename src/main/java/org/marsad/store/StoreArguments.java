package org.marsad.store;

import java.util.Objects;
import org.marsad.model.AlertDelivery;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;

/**
 * The argument checks of the {@link Store} contract, shared by every backend so that each refuses
 * the same input with the same message, before it writes anything.
 */
public final class StoreArguments {
  private StoreArguments() {}

  public static void requireValid(Source source) {
    Objects.requireNonNull(source, "source");
    if (source.url() == null || source.url().isBlank()) {
      throw new IllegalArgumentException("a source needs a URL: " + source);
    }
    Objects.requireNonNull(source.kind(), "source kind");
    if (source.pollInterval() != null
        && (source.pollInterval().isNegative() || source.pollInterval().toSeconds() == 0)) {
      throw new IllegalArgumentException(
          "a source's poll interval must be at least a second, or null: " + source);
    }
  }

  public static void requireValid(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.url() == null || article.url().isBlank()) {
      throw new IllegalArgumentException("an article needs a URL: " + article.title());
    }
  }

  public static void requireValid(SavedSearch search) {
    Objects.requireNonNull(search, "search");
    if (search.name().isBlank() || search.query().isBlank()) {
      throw new IllegalArgumentException("a saved search needs a name and a query: " + search);
    }
  }

  /** A poll's state and log line must name the same source. */
  public static void requireSameSource(SourceState state, FetchLogEntry entry) {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(entry, "entry");
    if (state.sourceId() != entry.sourceId()) {
      throw new IllegalArgumentException(
          "state of source " + state.sourceId() + " with log of source " + entry.sourceId());
    }
  }

  public static void requireValidAttempt(
      AlertDelivery.Attempt attempt, AlertDelivery.Status status, java.time.Instant nextAttempt) {
    Objects.requireNonNull(attempt, "attempt");
    Objects.requireNonNull(status, "status");
    if (status == AlertDelivery.Status.PENDING && nextAttempt == null) {
      throw new IllegalArgumentException("a pending delivery needs its next attempt");
    }
  }

  public static void requirePositive(int limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
  }

  public static void requireNotNegative(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
  }
}
