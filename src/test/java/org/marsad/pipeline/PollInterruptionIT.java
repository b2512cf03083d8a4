package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.PollScheduler;
import org.marsad.ingest.PollStatus;
import org.marsad.ingest.PollSummary;
import org.marsad.model.Source;
import org.marsad.store.FetchLogEntry;
import org.marsad.store.SqliteStore;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.ArticlePages;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;
import org.marsad.testing.StoreIntegrity;

/**
 * Polls of a teaser feed with an ETag cut short in process: by stopping a serving engine mid-poll
 * (what its SIGTERM hook does) and by a store that fails on one item. Either way the articles made
 * before the cut stay, the source's validators are not advanced, and the next pass gets the feed
 * again and completes it, each item once.
 */
class PollInterruptionIT {
  private static final int ITEMS = 20;
  private static final String ETAG = "\"teasers-v1\"";
  private static final String FEED_DATE = "Mon, 05 Feb 2024 09:30:00 GMT";

  @TempDir Path data;

  private final LoopbackServer server;
  private final AtomicInteger pagesServed = new AtomicInteger();
  private Engine engine;

  PollInterruptionIT() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    if (engine != null) {
      engine.close();
    }
    server.close();
  }

  private Source followTeaserFeed(long pageDelayMillis) {
    List<AntFeeds.Article> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      String url = server.url("/article/" + i).toString();
      items.add(
          new AntFeeds.Article(
              url, "عنوان الخبر رقم " + i, "موجز الخبر " + i + ".", "", FEED_DATE, "", ""));
      server.on("/article/" + i, page(i, pageDelayMillis));
    }
    byte[] feed = AntFeeds.rss("تيزر", items, "UTF-8").getBytes(StandardCharsets.UTF_8);
    server.on(
        "/teasers",
        exchange -> {
          exchange.getResponseHeaders().set("ETag", ETAG);
          if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            LoopbackServer.send(exchange, 304, null, new byte[0]);
          } else {
            LoopbackServer.send(exchange, 200, "application/rss+xml; charset=utf-8", feed);
          }
        });
    return engine.sources().add(server.url("/teasers").toString(), null).source();
  }

  private HttpHandler page(int i, long delayMillis) {
    byte[] html =
        ArticlePages.html(
                "عنوان الخبر رقم " + i,
                List.of(
                    "الفقرة الأولى من الخبر رقم " + i + " تروي ما جرى في المدينة صباح اليوم.",
                    "الفقرة الثانية من الخبر رقم " + i + " تنقل تصريحات المسؤولين عن الحادث.",
                    "الفقرة الثالثة من الخبر رقم " + i + " تعرض ردود الفعل وتحليل الخبراء."),
                null)
            .getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", html);
      pagesServed.incrementAndGet();
    };
  }

  @Test
  void stoppingAServingEngineMidPollKeepsItsArticlesAndNotItsEtag() throws Exception {
    engine = Engine.open(data, EngineIT.loopbackConfig().with("poll.tick", "100ms"));
    Source source = followTeaserFeed(100);
    engine.startPolling();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (pagesServed.get() < 6 && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    int servedAtStop = pagesServed.get();
    long stopping = System.nanoTime();
    engine.close();
    double stopSeconds = (System.nanoTime() - stopping) / 1e9;
    engine = null;

    assertThat(servedAtStop).isGreaterThanOrEqualTo(6);
    assertThat(stopSeconds).isLessThan(PollScheduler.STOP_GRACE.toSeconds());
    long atStop;
    try (SqliteStore store = SqliteStore.open(data)) {
      atStop = store.articleCount();
      assertThat(atStop).isBetween(servedAtStop - 1L, (long) ITEMS - 1);
      assertThat(store.sourceState(source.id()).etag()).as("validators not advanced").isNull();
      assertThat(store.fetchLog(source.id(), 10)).isEmpty();
    }

    engine = Engine.open(data, EngineIT.loopbackConfig());
    PollSummary next = engine.fetchAll(result -> {});
    assertThat(next.lines())
        .singleElement()
        .extracting(PollSummary.Line::status)
        .isEqualTo(PollStatus.NEW_ITEMS);
    assertEveryItemStoredOnce(source);
    assertThat(engine.fetchAll(result -> {}).count(PollStatus.NOT_MODIFIED)).isEqualTo(1);

    Reliability.record(
        "faults",
        "PollInterruptionIT.stoppingAServingEngineMidPollKeepsItsArticlesAndNotItsEtag",
        "serve polling a "
            + ITEMS
            + "-item teaser feed (ETag, pages 100 ms) stopped after "
            + servedAtStop
            + " pages, as its SIGTERM hook does; then one fetch pass",
        "the stop returns within the grace; articles made stay; ETag and fetch log not written;"
            + " the next pass gets 200 and stores the rest, each once; the pass after gets 304",
        String.format(
            Locale.ROOT,
            "stopped in %.2f s; %d articles stored at the stop, %d after the next pass",
            stopSeconds,
            atStop,
            engine.store().articleCount()));
  }

  @Test
  void aStoreFailureMidPollKeepsTheEtagSoTheNextPassStoresTheRest() throws Exception {
    engine = Engine.open(data, EngineIT.loopbackConfig());
    Source source = followTeaserFeed(0);
    int failAt = 7;
    sql(
        "CREATE TRIGGER fail_item BEFORE INSERT ON article WHEN NEW.title = 'عنوان الخبر رقم "
            + failAt
            + "' BEGIN SELECT RAISE(ABORT, 'disk full (simulated)'); END");

    PollSummary failed = engine.fetchAll(result -> {});
    long afterFailure = engine.store().articleCount();
    FetchLogEntry log = engine.store().fetchLog(source.id(), 1).get(0);

    assertThat(failed.lines()).hasSize(1);
    assertThat(afterFailure).isEqualTo(failAt);
    assertThat(engine.store().sourceState(source.id()).etag()).isNull();
    assertThat(log.outcome()).isEqualTo(FetchLogEntry.Outcome.FAILED);
    assertThat(log.message()).contains("not stored").contains("disk full (simulated)");
    assertThat(log.itemsNew()).isEqualTo(failAt);
    assertThat(log.itemsFailed()).isEqualTo(ITEMS - failAt);

    sql("DROP TRIGGER fail_item");
    engine.fetchAll(result -> {});
    assertEveryItemStoredOnce(source);

    Reliability.record(
        "faults",
        "PollInterruptionIT.aStoreFailureMidPollKeepsTheEtagSoTheNextPassStoresTheRest",
        "the store refuses item " + failAt + " of a " + ITEMS + "-item teaser feed with an ETag",
        "items before it stay; ETag not saved; the failure is logged; the next pass stores the"
            + " rest, each once",
        "stored at the failure "
            + afterFailure
            + ", after the next pass "
            + engine.store().articleCount()
            + " of "
            + ITEMS);
  }

  private void assertEveryItemStoredOnce(Source source) throws Exception {
    assertThat(engine.store().articleCount()).isEqualTo(ITEMS);
    assertThat(StoreIntegrity.strings(data, "SELECT COUNT(DISTINCT guid) FROM article"))
        .containsExactly(String.valueOf(ITEMS));
    assertThat(
            StoreIntegrity.strings(
                data, "SELECT COUNT(*) FROM article WHERE body LIKE '%الفقرة الثانية%'"))
        .containsExactly(String.valueOf(ITEMS));
    assertThat(engine.store().sourceState(source.id()).etag()).isEqualTo(ETAG);
    assertThat(engine.index().size()).isEqualTo(ITEMS);
    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
  }

  private void sql(String statement) throws Exception {
    try (Connection connection =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.DATABASE_FILE));
        Statement sql = connection.createStatement()) {
      sql.execute(statement);
    }
  }
}
