package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Source;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.ArticlePages;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.MarsadProcesses;
import org.marsad.testing.Reliability;
import org.marsad.testing.StoreIntegrity;

/**
 * {@code marsad fetch} of a teaser feed (every item's text is on its page, served slowly), in a
 * child JVM, killed with SIGKILL and stopped with SIGTERM after a few pages of each run: what each
 * run fetched stays stored, the feed's ETag is not saved before its items, so the next fetch gets
 * the feed again (not a 304) and stores the rest, each item exactly once.
 */
class PollDurabilityIT {
  private static final int ITEMS = 20;
  private static final long PAGE_DELAY_MILLIS = 150;
  private static final String ETAG = "\"teasers-v1\"";

  @TempDir Path work;

  private MarsadProcesses processes;

  private final LoopbackServer server;
  private final AtomicInteger pagesServed = new AtomicInteger();

  PollDurabilityIT() throws IOException {
    server = new LoopbackServer();
  }

  @BeforeEach
  void children() {
    processes = new MarsadProcesses(work);
  }

  @AfterEach
  void stop() {
    processes.close();
    server.close();
  }

  /** A run of {@code marsad fetch} and how it was ended. */
  private record Cut(String signal, int pages) {}

  @Test
  void fetchesKilledOrStoppedMidPollLoseNoItemAndStoreNoneTwice() throws Exception {
    server.on("/teasers", conditionalFeed(teaserFeed()));
    for (int i = 0; i < ITEMS; i++) {
      server.on("/article/" + i, slowPage(i));
    }
    Path data = dataDirectory();
    try (SqliteStore store = SqliteStore.open(data)) {
      store.addSource(
          new Source(0, server.url("/teasers").toString(), null, Source.Kind.FEED, null));
    }

    List<Cut> cuts =
        List.of(new Cut("KILL", 3), new Cut("TERM", 4), new Cut("KILL", 5), new Cut("TERM", 3));
    List<Long> storedAfter = new ArrayList<>();
    List<String> exits = new ArrayList<>();
    long stored = 0;
    for (int run = 0; run < cuts.size(); run++) {
      Cut cut = cuts.get(run);
      int servedBefore = pagesServed.get();
      Process fetch =
          marsad("cut" + run, "fetch", "--data", data.toString(), "--allow-private-networks");
      awaitPages(fetch, servedBefore + cut.pages(), "cut" + run);
      int servedAtSignal = pagesServed.get() - servedBefore;
      long signalled = System.nanoTime();
      if (cut.signal().equals("KILL")) {
        fetch.destroyForcibly();
      } else {
        fetch.destroy();
      }
      assertThat(fetch.waitFor(20, TimeUnit.SECONDS)).as(cut + " exits").isTrue();
      double exitSeconds = (System.nanoTime() - signalled) / 1e9;

      assertThat(StoreIntegrity.check(data)).containsExactly("ok");
      long now = count(data, "SELECT COUNT(*) FROM article");
      assertThat(count(data, "SELECT COUNT(DISTINCT guid) FROM article")).isEqualTo(now);
      // every page served before the signal is stored, but for the one the signal may have caught
      // between its sending and its commit
      assertThat(exitSeconds).as("%s: exit within the stop grace", cut).isLessThan(15);
      assertThat(now - stored)
          .as(
              "%s after %d pages served (exit in %.1f s): %s",
              cut, servedAtSignal, exitSeconds, output("cut" + run))
          .isGreaterThanOrEqualTo(servedAtSignal - 1);
      stored = now;
      storedAfter.add(now);
      exits.add(String.format(Locale.ROOT, "%s %.1f s", cut.signal(), exitSeconds));
    }

    Process last = marsad("last", "fetch", "--data", data.toString(), "--allow-private-networks");
    assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).as(output("last")).isZero();
    assertThat(StoreIntegrity.check(data)).containsExactly("ok");
    long articles = count(data, "SELECT COUNT(*) FROM article");
    assertThat(articles).as(output("last")).isEqualTo(ITEMS);
    assertThat(count(data, "SELECT COUNT(DISTINCT guid) FROM article")).isEqualTo(ITEMS);
    assertThat(count(data, "SELECT COUNT(DISTINCT url) FROM article")).isEqualTo(ITEMS);
    assertThat(count(data, "SELECT COUNT(*) FROM article WHERE body LIKE '%الفقرة الثانية%'"))
        .as("every body is the page's full text")
        .isEqualTo(ITEMS);
    try (ArticleIndex index = ArticleIndex.openReadOnly(ArticleIndex.pathIn(data))) {
      assertThat(index.size()).isEqualTo(ITEMS);
    }
    assertThat(StoreIntegrity.strings(data, "SELECT etag FROM source_state")).containsExactly(ETAG);

    Reliability.record(
        "faults",
        "PollDurabilityIT.fetchesKilledOrStoppedMidPollLoseNoItemAndStoreNoneTwice",
        "marsad fetch of a "
            + ITEMS
            + "-item teaser feed (pages served in "
            + PAGE_DELAY_MILLIS
            + " ms, feed with an ETag) cut by "
            + cuts
            + " pages into each run, then fetched to the end",
        "each cut keeps what it stored; the next fetch gets 200 (not 304) and stores the rest;"
            + " every item stored exactly once; integrity ok; index = store",
        "articles stored after each cut "
            + storedAfter
            + "; after the last fetch "
            + articles
            + " of "
            + ITEMS
            + "; pages served "
            + pagesServed.get());
  }

  /** A data directory whose configuration fetches without politeness delays. */
  private Path dataDirectory() throws IOException {
    Path data = work.resolve("data");
    Files.createDirectories(data);
    Files.writeString(
        data.resolve("marsad.properties"),
        String.join(
            "\n",
            "fetch.per-host-delay = 0ms",
            "fetch.retry-base-delay = 10ms",
            "fetch.read-timeout = 5s",
            ""));
    return data;
  }

  private byte[] teaserFeed() {
    List<AntFeeds.Article> items = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      items.add(
          new AntFeeds.Article(
              server.url("/article/" + i).toString(),
              "عنوان الخبر رقم " + i,
              "موجز الخبر رقم " + i + ".",
              "",
              "Mon, 05 Feb 2024 09:30:00 GMT",
              "مراسل",
              "محليات"));
    }
    return AntFeeds.rss("تيزر", items, "UTF-8").getBytes(StandardCharsets.UTF_8);
  }

  /** The feed with an ETag, answering 304 to a request that carries it. */
  private static HttpHandler conditionalFeed(byte[] body) {
    return exchange -> {
      exchange.getResponseHeaders().set("ETag", ETAG);
      if (ETAG.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        LoopbackServer.send(exchange, 304, null, new byte[0]);
      } else {
        LoopbackServer.send(exchange, 200, "application/rss+xml; charset=utf-8", body);
      }
    };
  }

  /** Article page {@code i}, sent after a delay, counted once sent. */
  private HttpHandler slowPage(int i) {
    byte[] page =
        ArticlePages.html(
                "عنوان الخبر رقم " + i,
                List.of(
                    "الفقرة الأولى من الخبر رقم "
                        + i
                        + " تروي ما جرى في المدينة صباح اليوم بحسب شهود عيان تحدثوا إلى مراسلنا.",
                    "الفقرة الثانية من الخبر رقم "
                        + i
                        + " تنقل تصريحات المسؤولين عن الحادث وما ينتظر من إجراءات في الأيام المقبلة.",
                    "الفقرة الثالثة من الخبر رقم "
                        + i
                        + " تعرض ردود الفعل في الشارع وعلى مواقع التواصل الاجتماعي وتحليل الخبراء."),
                null)
            .getBytes(StandardCharsets.UTF_8);
    return exchange -> {
      try {
        Thread.sleep(PAGE_DELAY_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      LoopbackServer.send(exchange, 200, "text/html; charset=utf-8", page);
      pagesServed.incrementAndGet();
    };
  }

  /** Waits until {@code total} pages are served, or the child ends (it found nothing to fetch). */
  private void awaitPages(Process child, int total, String name) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (pagesServed.get() < total && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    assertThat(child.isAlive())
        .as("%s still fetching after %d pages: %s", name, pagesServed.get(), output(name))
        .isTrue();
  }

  private Process marsad(String name, String... args) throws IOException {
    return processes.start(name, args);
  }

  private String output(String name) throws IOException {
    return processes.output(name);
  }

  private static long count(Path data, String sql) throws Exception {
    return Long.parseLong(StoreIntegrity.strings(data, sql).get(0));
  }
}
