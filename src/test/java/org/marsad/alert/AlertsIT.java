package org.marsad.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.FetcherConfig;
import org.marsad.ingest.HttpFetcher;
import org.marsad.model.AlertDelivery;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.pipeline.Engine;
import org.marsad.testing.FakeResolver;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/**
 * Alerts end to end: a real engine, real HTTP posts to a webhook receiver on loopback, the delivery
 * log read back from the store.
 */
class AlertsIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dataDir;
  private LoopbackServer receiver;
  private final List<Post> posts = new CopyOnWriteArrayList<>();

  /** Statuses the receiver answers in turn; 204 once they run out. */
  private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();

  private record Post(String delivery, String contentType, JsonNode body) {}

  @BeforeEach
  void startReceiver() throws IOException {
    receiver = new LoopbackServer().on("/hook", this::receive);
  }

  @AfterEach
  void stopReceiver() {
    receiver.close();
  }

  private void receive(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    posts.add(
        new Post(
            exchange.getRequestHeaders().getFirst(WebhookDeliverer.DELIVERY_HEADER),
            exchange.getRequestHeaders().getFirst("Content-Type"),
            JSON.readTree(new String(body, StandardCharsets.UTF_8))));
    Integer status = answers.poll();
    LoopbackServer.send(exchange, status == null ? 204 : status, "text/plain", new byte[0]);
  }

  private static MarsadConfig config() {
    return MarsadConfig.defaults()
        .with("pipeline.stages", "")
        .with("fetch.allow-private-networks", "true")
        .with("fetch.connect-timeout", "1s")
        .with("fetch.read-timeout", "1s");
  }

  /** What the engine's fetcher has under {@link #config()}. */
  private static FetcherConfig fetcherConfig() {
    return FetcherConfig.builder()
        .allowPrivateNetworks(true)
        .connectTimeout(Duration.ofSeconds(1))
        .readTimeout(Duration.ofSeconds(1))
        .build();
  }

  private Engine open() {
    return Engine.open(dataDir, config(), new FakeResolver());
  }

  private static long store(Engine engine, String url, String title) {
    Instant at = Instant.parse("2026-11-30T10:00:00Z");
    return engine
        .store()
        .upsert(
            new Article(
                0, url, null, 0, "مصدر", title, "نص الخبر", null, at, at, null, null, List.of()))
        .id();
  }

  @Test
  void eachMatchingArticleIsPostedOnceEvenCheckedTwiceAndAfterARestart() throws Exception {
    long first;
    long second;
    SavedSearch saved;
    try (Engine engine = open()) {
      store(engine, "https://a.example/old", "غزة قبل الحفظ");
      engine.catchUpIndex();
      saved = engine.savedSearches().add("غزة", "غزة", receiver.url("/hook").toString());
      first = store(engine, "https://a.example/1", "قصف على غزة");
      store(engine, "https://a.example/2", "أسعار النفط");
      second = store(engine, "https://a.example/3", "مساعدات إلى غزة");
      engine.catchUpIndex();
      engine.alerts().turn();
      engine.alerts().turn();
      store(engine, "https://a.example/1", "قصف على غزة"); // stored again: unchanged
      engine.catchUpIndex();
      engine.alerts().turn();
    }
    assertThat(posts)
        .extracting(p -> p.body().at("/article/id").asLong())
        .containsExactly(first, second);
    long third;
    try (Engine engine = open()) {
      engine.alerts().turn();
      assertThat(posts).as("nothing re-sent after a restart").hasSize(2);
      third = store(engine, "https://a.example/4", "غزة بعد إعادة التشغيل");
      engine.catchUpIndex();
      engine.alerts().turn();
      engine.alerts().turn();
      assertThat(engine.savedSearches().deliveries(saved.id(), 10))
          .allSatisfy(d -> assertThat(d.status()).isEqualTo(AlertDelivery.Status.DELIVERED))
          .allSatisfy(d -> assertThat(d.attempts()).hasSize(1))
          .extracting(AlertDelivery::articleId)
          .containsExactly(third, second, first);
    }
    assertThat(posts)
        .extracting(p -> p.body().at("/article/id").asLong())
        .containsExactly(first, second, third);
    Post post = posts.get(0);
    assertThat(post.contentType()).startsWith("application/json");
    assertThat(post.body().at("/savedSearch/id").asLong()).isEqualTo(saved.id());
    assertThat(post.body().at("/savedSearch/query").asText()).isEqualTo("غزة");
    assertThat(post.body().at("/article/title").asText()).isEqualTo("قصف على غزة");
    assertThat(post.body().at("/article/url").asText()).isEqualTo("https://a.example/1");
    assertThat(post.body().at("/article/source").asText()).isEqualTo("مصدر");
    assertThat(post.body().at("/article/published").asText()).isEqualTo("2026-11-30T10:00:00Z");
    assertThat(posts).extracting(Post::delivery).doesNotHaveDuplicates().doesNotContainNull();
    Reliability.record(
        "faults",
        "AlertsIT.eachMatchingArticleIsPostedOnceEvenCheckedTwiceAndAfterARestart",
        "check a saved search twice, store a matching article again unchanged, restart the engine"
            + " and check again",
        "each matching article posted once; none from before the search was saved; none re-sent"
            + " after the restart",
        "3 matching articles, "
            + posts.size()
            + " posts over 6 turns and 1 restart; 1 earlier match and 1 non-match not posted");
  }

  @Test
  void aFailingWebhookIsRetriedAfterItsBackoffAndEveryAttemptIsLogged() {
    answers.add(500);
    answers.add(503);
    try (Engine engine = open();
        HttpFetcher fetcher = new HttpFetcher(fetcherConfig())) {
      SavedSearch saved =
          engine.savedSearches().add("غزة", "غزة", receiver.url("/hook").toString());
      long id = store(engine, "https://a.example/1", "قصف على غزة");
      engine.catchUpIndex();
      new AlertChecker(engine.store(), engine.index(), 100).check();
      WebhookDeliverer.Settings settings =
          new WebhookDeliverer.Settings(5, Duration.ofMinutes(1), Duration.ofHours(1), 10);
      Clock now = Clock.systemUTC();
      assertThat(deliverer(engine, fetcher, settings, now).deliverDue()).isZero();
      assertThat(deliverer(engine, fetcher, settings, now).deliverDue())
          .as("not due again before its backoff")
          .isZero();
      assertThat(posts).hasSize(1);
      Clock later = Clock.offset(now, Duration.ofSeconds(61));
      assertThat(deliverer(engine, fetcher, settings, later).deliverDue()).isZero();
      assertThat(
              deliverer(engine, fetcher, settings, Clock.offset(now, Duration.ofSeconds(150)))
                  .deliverDue())
          .as("the second wait is twice the first: 2 min")
          .isZero();
      assertThat(posts).hasSize(2);
      Clock after = Clock.offset(now, Duration.ofSeconds(61 + 121));
      assertThat(deliverer(engine, fetcher, settings, after).deliverDue()).isOne();
      assertThat(
              deliverer(engine, fetcher, settings, Clock.offset(now, Duration.ofDays(1)))
                  .deliverDue())
          .as("a delivered article is never posted again")
          .isZero();

      AlertDelivery delivery = engine.savedSearches().deliveries(saved.id(), 10).get(0);
      assertThat(delivery.articleId()).isEqualTo(id);
      assertThat(delivery.status()).isEqualTo(AlertDelivery.Status.DELIVERED);
      assertThat(delivery.attempts())
          .extracting(AlertDelivery.Attempt::httpStatus)
          .containsExactly(500, 503, 204);
      assertThat(delivery.attempts().get(0).error()).contains("500");
      assertThat(delivery.attempts().get(2).error()).isNull();
      Duration firstWait =
          Duration.between(delivery.attempts().get(0).at(), delivery.attempts().get(1).at());
      Duration secondWait =
          Duration.between(delivery.attempts().get(1).at(), delivery.attempts().get(2).at());
      assertThat(firstWait).isGreaterThanOrEqualTo(Duration.ofMinutes(1));
      assertThat(secondWait).isGreaterThanOrEqualTo(Duration.ofMinutes(2));
      assertThat(posts).hasSize(3);
      assertThat(posts).extracting(Post::delivery).containsOnly(Long.toString(delivery.id()));
      Reliability.record(
          "faults",
          "AlertsIT.aFailingWebhookIsRetriedAfterItsBackoffAndEveryAttemptIsLogged",
          "a webhook answering 500, then 503, then 204; turns before and after each backoff",
          "retried only once due, waits doubling; all attempts in the log; never re-sent once"
              + " delivered",
          posts.size()
              + " posts over 6 turns; waits "
              + firstWait.toSeconds()
              + " s and "
              + secondWait.toSeconds()
              + " s (clock moved); log statuses 500, 503, 204");
    }
  }

  @Test
  void aWebhookThatNeverAnswersIsCutAtTheTimeoutAndGivenUpAfterItsAttempts() {
    receiver.on("/silent", LoopbackServer.stall(30_000));
    try (Engine engine = open();
        HttpFetcher fetcher = new HttpFetcher(fetcherConfig())) {
      SavedSearch saved =
          engine.savedSearches().add("غزة", "غزة", receiver.url("/silent").toString());
      store(engine, "https://a.example/1", "قصف على غزة");
      engine.catchUpIndex();
      new AlertChecker(engine.store(), engine.index(), 100).check();
      WebhookDeliverer.Settings settings =
          new WebhookDeliverer.Settings(2, Duration.ZERO, Duration.ZERO, 10);
      long start = System.nanoTime();
      deliverer(engine, fetcher, settings, Clock.systemUTC()).deliverDue();
      long firstMillis = (System.nanoTime() - start) / 1_000_000;
      deliverer(engine, fetcher, settings, Clock.systemUTC()).deliverDue();
      long bothMillis = (System.nanoTime() - start) / 1_000_000;

      AlertDelivery delivery = engine.savedSearches().deliveries(saved.id(), 10).get(0);
      assertThat(delivery.status()).isEqualTo(AlertDelivery.Status.FAILED);
      assertThat(delivery.attempts()).hasSize(2);
      assertThat(delivery.attempts()).allSatisfy(a -> assertThat(a.httpStatus()).isZero());
      assertThat(delivery.attempts().get(1).error())
          .contains("timed out")
          .contains("given up")
          .contains("http://127.0.0.1/…")
          .as("the webhook's path is not shown in the log, readable without a token")
          .doesNotContain("/silent");
      // connect 1 s + read 1 s bounds each attempt; far below the receiver's 30 s stall
      assertThat(firstMillis).isLessThan(10_000);
      assertThat(bothMillis).isLessThan(20_000);
      assertThat(deliverer(engine, fetcher, settings, Clock.systemUTC()).deliverDue()).isZero();
      assertThat(receiver.hits("/silent")).isEqualTo(2);
      Reliability.record(
          "faults",
          "AlertsIT.aWebhookThatNeverAnswersIsCutAtTheTimeoutAndGivenUpAfterItsAttempts",
          "a webhook that accepts the connection and never answers (30 s stall), 2 attempts"
              + " allowed, 1 s connect + 1 s read timeout",
          "each attempt cut by the timeout, logged with status 0; the delivery failed, not retried"
              + " again",
          "first attempt "
              + firstMillis
              + " ms, both "
              + bothMillis
              + " ms; 2 posts; status FAILED");
    }
  }

  @Test
  void closingTheEngineCutsAPostInFlightWithoutChargingTheWebhook() throws Exception {
    receiver.on("/silent", LoopbackServer.stall(30_000));
    MarsadConfig slow = config().with("fetch.read-timeout", "30s").with("alerts.interval", "100ms");
    Engine engine = Engine.open(dataDir, slow, new FakeResolver());
    SavedSearch saved;
    long closeMillis;
    try {
      saved = engine.savedSearches().add("غزة", "غزة", receiver.url("/silent").toString());
      store(engine, "https://a.example/1", "قصف على غزة");
      engine.catchUpIndex();
      engine.startAlerts();
      long patience = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (receiver.hits("/silent") == 0 && System.nanoTime() < patience) {
        Thread.sleep(20);
      }
      assertThat(receiver.hits("/silent")).as("the post is in flight").isOne();
    } finally {
      long start = System.nanoTime();
      engine.close();
      closeMillis = (System.nanoTime() - start) / 1_000_000;
    }
    // far below the 30 s read timeout the post would otherwise wait for
    assertThat(closeMillis).isLessThan(10_000);
    try (Engine reopened = open()) {
      AlertDelivery delivery = reopened.savedSearches().deliveries(saved.id(), 10).get(0);
      assertThat(delivery.status()).isEqualTo(AlertDelivery.Status.PENDING);
      assertThat(delivery.attempts()).as("a cut post is not an attempt").isEmpty();
    }
    Reliability.record(
        "faults",
        "AlertsIT.closingTheEngineCutsAPostInFlightWithoutChargingTheWebhook",
        "close the engine while the alert task's webhook post waits on a silent receiver (30 s"
            + " read timeout)",
        "close returns promptly; the delivery stays pending with no attempt charged, for the next"
            + " start",
        "closed in " + closeMillis + " ms; 1 post cut; 0 attempts recorded");
  }

  private static WebhookDeliverer deliverer(
      Engine engine, HttpFetcher fetcher, WebhookDeliverer.Settings settings, Clock clock) {
    return new WebhookDeliverer(engine.store(), fetcher, settings, clock);
  }
}
