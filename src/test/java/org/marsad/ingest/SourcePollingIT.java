package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.Compression;
import org.marsad.testing.Fixtures;
import org.marsad.testing.LoopbackServer;

/**
 * Sources polled end to end (real loopback server, fetcher, parser, poller, scheduler) with feeds
 * made from real ANT articles, plus misbehaving sources.
 */
class SourcePollingIT {
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

  /** The default settings, but polling a host's sources all at once: they share one server. */
  private static final PollingConfig ALL_AT_ONCE =
      new PollingConfig(
          Duration.ofMinutes(10),
          Duration.ofMinutes(2),
          Duration.ofHours(2),
          Duration.ofHours(6),
          4,
          4);

  private final LoopbackServer server;
  private final MutableClock clock = new MutableClock(T0);
  private final HttpFetcher fetcher;
  private final InMemorySourceStateRepository states = new InMemorySourceStateRepository();
  private final List<PollResult> delivered = new CopyOnWriteArrayList<>();
  private final SourcePoller poller;
  private final LocalSourceLeases leases = new LocalSourceLeases(clock);
  private final PollScheduler scheduler;

  SourcePollingIT() throws IOException {
    server = new LoopbackServer();
    fetcher =
        new HttpFetcher(
            FetcherConfig.builder()
                .allowRange("127.0.0.0/8")
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofMillis(700))
                .retryDelays(Duration.ofMillis(20), Duration.ofMillis(80))
                .minDelayPerHost(Duration.ZERO)
                .maxBytes(2 << 20)
                .build(),
            clock,
            InetAddress::getAllByName);
    poller =
        new SourcePoller(
            fetcher, new FeedParser(), new InMemorySeenItems(), PollingConfig.defaults(), clock);
    scheduler = scheduler(leases);
  }

  private PollScheduler scheduler(SourceLeases sourceLeases) {
    return new PollScheduler(
        poller,
        states,
        result -> {
          states.put(result.state());
          delivered.add(result);
        },
        ALL_AT_ONCE,
        new LeaseKeeper(sourceLeases, Duration.ofMinutes(2)),
        clock);
  }

  @AfterEach
  void stop() {
    scheduler.close();
    fetcher.close();
    server.close();
  }

  private Source source(long id, String path) {
    return new Source(id, server.url(path).toString(), null, Source.Kind.FEED, null);
  }

  /** Serves the current body with an ETag and Last-Modified, answering 304 when they match. */
  private static com.sun.net.httpserver.HttpHandler conditional(
      AtomicReference<byte[]> body, String contentType) {
    return exchange -> {
      byte[] current = body.get();
      String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(current)) + "\"";
      if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.getResponseHeaders().set("ETag", etag);
        LoopbackServer.send(exchange, 304, null, new byte[0]);
        return;
      }
      exchange.getResponseHeaders().set("ETag", etag);
      exchange.getResponseHeaders().set("Last-Modified", "Mon, 01 Oct 2018 00:00:00 GMT");
      LoopbackServer.send(exchange, 200, contentType, current);
    };
  }

  private static List<String> titles(List<AntFeeds.Article> articles) {
    return articles.stream().map(AntFeeds.Article::title).toList();
  }

  @Test
  void aSourceAnotherProcessHoldsIsSkippedUntilItsLeaseIsReleased() {
    server.on("/rss", conditional(new AtomicReference<>(rssOf(5)), "application/rss+xml"));
    Source held = source(1, "/rss");
    Source free = source(2, "/rss");
    assertThat(leases.tryAcquire(held.id(), "another process", Duration.ofMinutes(2))).isTrue();

    PollSummary pass = scheduler.pollAll(List.of(held, free));
    assertThat(pass.lines())
        .singleElement()
        .satisfies(line -> assertThat(line.sourceId()).isEqualTo(2));
    assertThat(delivered).extracting(r -> r.source().id()).containsExactly(2L);
    assertThat(leases.tryAcquire(free.id(), "another process", Duration.ofMinutes(2)))
        .as("released after its poll")
        .isTrue();

    leases.release(held.id(), "another process");
    assertThat(scheduler.pollAll(List.of(held)).lines()).hasSize(1);
  }

  @Test
  void aDueSourceAnotherProcessPolledWhileItsLeaseWasAwaitedIsNotPolledAgain() {
    server.on("/rss", conditional(new AtomicReference<>(rssOf(5)), "application/rss+xml"));
    Source source = source(1, "/rss");
    SourceLeases pollsFirst =
        new SourceLeases() {
          @Override
          public boolean tryAcquire(long sourceId, String owner, Duration ttl) {
            // the other process polled it between this one's due check and its lease
            Instant now = clock.instant();
            states.put(
                new SourceState(sourceId, now, null, null, 0, now.plusSeconds(600), null, null));
            return leases.tryAcquire(sourceId, owner, ttl);
          }

          @Override
          public boolean renew(long sourceId, String owner, Duration ttl) {
            return leases.renew(sourceId, owner, ttl);
          }

          @Override
          public void release(long sourceId, String owner) {
            leases.release(sourceId, owner);
          }
        };
    try (PollScheduler racing = scheduler(pollsFirst)) {
      assertThat(racing.pollDue(List.of(source)).lines()).isEmpty();
      assertThat(delivered).isEmpty();
      clock.advance(Duration.ofMinutes(11));
      assertThat(scheduler.pollDue(List.of(source)).lines()).hasSize(1);
    }
  }

  /** A full-text RSS feed of {@code items} items, written here: these tests need no corpus. */
  private static byte[] rssOf(int items) {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 1; i <= items; i++) {
      rss.append("<item><title>خبر ")
          .append(i)
          .append("</title><link>https://news.example/")
          .append(i)
          .append("</link><description>نص الخبر كاملا في الموجز رقم ")
          .append(i)
          .append("</description></item>");
    }
    return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void antRssFeedChangesBetweenPollsThenAnswers304() {
    List<AntFeeds.Article> articles = AntFeeds.articles(25);
    AtomicReference<byte[]> body =
        new AtomicReference<>(
            AntFeeds.rss("ANT", articles.subList(0, 20), "UTF-8").getBytes(StandardCharsets.UTF_8));
    server.on("/rss", conditional(body, "application/rss+xml; charset=utf-8"));
    Source source = source(1, "/rss");

    PollSummary first = scheduler.pollAll(List.of(source));
    PollResult firstResult = delivered.get(0);
    assertThat(first.lines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.status()).isEqualTo(PollStatus.NEW_ITEMS);
              assertThat(line.newItems()).isEqualTo(20);
            });
    assertThat(firstResult.newItems())
        .extracting(FeedItem::title)
        .containsExactlyElementsOf(titles(articles.subList(0, 20)));
    FeedItem item = firstResult.newItems().get(0);
    AntFeeds.Article article = articles.get(0);
    assertThat(item.link()).isEqualTo(article.url());
    assertThat(item.summary()).isEqualTo(article.abstractText());
    assertThat(item.author()).isEqualTo(article.author());
    assertThat(item.categories()).containsExactly(article.category());
    assertThat(item.published())
        .isEqualTo(
            ZonedDateTime.parse(article.pubDateRaw(), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant());
    SourceState afterFirst = states.get(1);
    assertThat(afterFirst.etag()).isNotNull();
    assertThat(afterFirst.lastSuccess()).isEqualTo(T0);
    assertThat(afterFirst.nextAttempt())
        .isEqualTo(T0.plus(Duration.ofMinutes(10).multipliedBy(2).dividedBy(3)));

    clock.advance(Duration.ofMinutes(10));
    body.set(
        AntFeeds.rss("ANT", articles.subList(3, 25), "UTF-8").getBytes(StandardCharsets.UTF_8));
    PollSummary second = scheduler.pollAll(List.of(source));
    assertThat(second.newItems()).isEqualTo(5);
    assertThat(delivered.get(1).newItems())
        .extracting(FeedItem::title)
        .containsExactlyElementsOf(titles(articles.subList(20, 25)));

    clock.advance(Duration.ofMinutes(10));
    PollSummary third = scheduler.pollAll(List.of(source));
    assertThat(third.count(PollStatus.NOT_MODIFIED)).isEqualTo(1);
    assertThat(server.requests("/rss").get(2).headers().getFirst("If-None-Match"))
        .isEqualTo(states.get(1).etag());
    assertThat(states.get(1).lastSuccess()).isEqualTo(T0.plus(Duration.ofMinutes(20)));
  }

  @Test
  void antAtomFeedCarriesFullTextSoNeedsNoFetch() {
    List<AntFeeds.Article> articles = AntFeeds.articles(15);
    server.on(
        "/atom",
        LoopbackServer.fixed(
            200,
            "application/atom+xml",
            AntFeeds.atom("ANT Atom", articles).getBytes(StandardCharsets.UTF_8)));

    scheduler.pollAll(List.of(source(2, "/atom")));

    PollResult result = delivered.get(0);
    assertThat(result.feed().format()).isEqualTo(FeedFormat.ATOM);
    assertThat(result.newItems())
        .extracting(FeedItem::title)
        .containsExactlyElementsOf(titles(articles));
    assertThat(result.newItems())
        .extracting(FeedItem::content)
        .containsExactlyElementsOf(articles.stream().map(AntFeeds.Article::text).toList());
    long longTexts = articles.stream().filter(a -> a.text().length() >= 400).count();
    assertThat(result.newItems().stream().filter(i -> !i.needsFullText()).count())
        .isEqualTo(longTexts);
  }

  @Test
  void aSitemapIndexIsFollowedToItsChildSitemapsBounded() {
    String base = server.url("/").toString();
    StringBuilder index =
        new StringBuilder(
            "<?xml version=\"1.0\"?><sitemapindex"
                + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    for (int i = 1; i <= SourcePoller.MAX_CHILD_SITEMAPS + 2; i++) {
      index
          .append("<sitemap><loc>")
          .append(base)
          .append("news-")
          .append(i)
          .append(".xml</loc></sitemap>");
      server.on(
          "/news-" + i + ".xml",
          LoopbackServer.fixed(
              200,
              "application/xml",
              ("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>"
                      + base
                      + "article/"
                      + i
                      + "</loc><lastmod>2024-03-0"
                      + Math.min(i, 9)
                      + "</lastmod></url></urlset>")
                  .getBytes(StandardCharsets.UTF_8)));
    }
    index.append("</sitemapindex>");
    server.on(
        "/sitemap.xml",
        LoopbackServer.fixed(
            200, "application/xml", index.toString().getBytes(StandardCharsets.UTF_8)));

    scheduler.pollAll(List.of(source(4, "/sitemap.xml")));

    PollResult result = delivered.get(0);
    assertThat(result.status()).isEqualTo(PollStatus.NEW_ITEMS);
    assertThat(result.newItems())
        .extracting(FeedItem::link)
        .containsExactly(
            base + "article/1",
            base + "article/2",
            base + "article/3",
            base + "article/4",
            base + "article/5");
    assertThat(server.hits("/news-6.xml")).isZero();
    assertThat(result.message()).contains("sitemap index lists 7 sitemaps: the first 5 read");
  }

  @Test
  void antFeedInWindows1256DecodesToTheSameArabic() {
    List<AntFeeds.Article> articles = AntFeeds.articles(10, AntFeeds.encodableIn(WINDOWS_1256));
    byte[] body = AntFeeds.rss("أخبار", articles, "windows-1256").getBytes(WINDOWS_1256);
    server.on("/cp1256", LoopbackServer.fixed(200, "text/xml", body));

    scheduler.pollAll(List.of(source(3, "/cp1256")));

    PollResult result = delivered.get(0);
    assertThat(result.status()).isEqualTo(PollStatus.NEW_ITEMS);
    assertThat(result.feed().title()).isEqualTo("أخبار");
    assertThat(result.newItems())
        .extracting(FeedItem::title)
        .containsExactlyElementsOf(titles(articles));
    assertThat(result.newItems())
        .extracting(FeedItem::summary)
        .containsExactlyElementsOf(articles.stream().map(AntFeeds.Article::abstractText).toList());
  }

  @Test
  void oneGoodSourceAmongFiveBrokenOnesGetsAllItsItems() throws Exception {
    List<AntFeeds.Article> articles = AntFeeds.articles(30);
    server.on(
        "/good",
        LoopbackServer.fixed(
            200,
            "application/rss+xml",
            AntFeeds.rss("good", articles, "UTF-8").getBytes(StandardCharsets.UTF_8)));
    server.on("/500", LoopbackServer.fixed(500, "text/plain", "boom".getBytes()));
    server.on("/stall", LoopbackServer.stall(30_000));
    server.on("/loop", LoopbackServer.redirect(302, "/loop"));
    byte[] bomb = Compression.gzip(new byte[1 << 20], 64);
    server.on(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, "application/rss+xml", bomb);
        });
    server.on(
        "/html",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("html-page.html")));
    List<Source> sources =
        List.of(
            source(11, "/500"),
            source(12, "/stall"),
            source(13, "/loop"),
            source(14, "/good"),
            source(15, "/bomb"),
            source(16, "/html"));

    long start = System.nanoTime();
    PollSummary summary = scheduler.pollAll(sources);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    assertThat(summary.lines()).hasSize(6);
    assertThat(summary.count(PollStatus.FAILED)).isEqualTo(5);
    PollResult good =
        delivered.stream().filter(r -> r.source().id() == 14).findFirst().orElseThrow();
    assertThat(good.newItems())
        .extracting(FeedItem::title)
        .containsExactlyElementsOf(titles(articles));
    assertThat(messageOf(summary, 11)).isEqualTo("HTTP 500 after 3 attempts");
    assertThat(messageOf(summary, 12)).startsWith("timed out");
    assertThat(messageOf(summary, 13)).startsWith("more than 5 redirects");
    assertThat(messageOf(summary, 15)).startsWith("not a feed");
    assertThat(messageOf(summary, 16)).isEqualTo("not a feed: looks like HTML");
    for (long failed : new long[] {11, 12, 13, 15, 16}) {
      assertThat(states.get(failed).consecutiveFailures()).isEqualTo(1);
      assertThat(states.get(failed).nextAttempt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));
    }
    assertThat(states.get(14).consecutiveFailures()).isZero();
  }

  private static String messageOf(PollSummary summary, long sourceId) {
    return summary.lines().stream()
        .filter(l -> l.sourceId() == sourceId)
        .findFirst()
        .orElseThrow()
        .message();
  }

  @Test
  void aFailingSourceBacksOffExponentiallyAndIsSkippedUntilDue() {
    server.on("/down", LoopbackServer.fixed(503, "text/plain", "down".getBytes()));
    server.on(
        "/up", LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("rss2-arabic.xml")));
    Source down = source(21, "/down");
    Source up = source(22, "/up");

    scheduler.pollDue(List.of(down, up));
    assertThat(states.get(21).nextAttempt()).isEqualTo(T0.plus(Duration.ofMinutes(10)));

    clock.advance(Duration.ofMinutes(7));
    PollSummary early = scheduler.pollDue(List.of(down, up));
    assertThat(early.lines()).extracting(PollSummary.Line::sourceId).containsExactly(22L);

    clock.advance(Duration.ofMinutes(3));
    scheduler.pollDue(List.of(down, up));
    SourceState twice = states.get(21);
    assertThat(twice.consecutiveFailures()).isEqualTo(2);
    assertThat(twice.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(20)));
    assertThat(twice.lastErrorMessage()).isEqualTo("HTTP 503 after 3 attempts");
    assertThat(server.hits("/down")).isEqualTo(6);
  }

  @Test
  void misbehavingContentIsReportedNotThrown() throws Exception {
    server.on(
        "/malformed",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("malformed-amp.xml")));
    server.on(
        "/entity-bomb",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("billion-laughs.xml")));
    long fiftyMegabytes = 50L * 1024 * 1024;
    server.on(
        "/endless",
        exchange -> {
          exchange.sendResponseHeaders(200, fiftyMegabytes);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(
                "<rss version=\"2.0\"><channel><title>endless</title>"
                    .getBytes(StandardCharsets.UTF_8));
            for (long i = 0, sent = 0; sent < fiftyMegabytes; i++) {
              byte[] item =
                  ("<item><title>خبر "
                          + i
                          + "</title><link>http://endless.test/"
                          + i
                          + "</link></item>\n")
                      .getBytes(StandardCharsets.UTF_8);
              out.write(item);
              sent += item.length;
            }
          }
        });
    server.on(
        "/robots.txt",
        LoopbackServer.fixed(200, "text/plain", "User-agent: *\nDisallow: /secret\n".getBytes()));
    server.on(
        "/secret",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("rss2-arabic.xml")));

    PollSummary summary =
        scheduler.pollAll(
            List.of(
                source(31, "/malformed"),
                source(32, "/entity-bomb"),
                source(33, "/endless"),
                source(34, "/secret")));

    assertThat(summary.lines())
        .extracting(PollSummary.Line::status)
        .containsExactly(
            PollStatus.NEW_ITEMS, PollStatus.FAILED, PollStatus.NEW_ITEMS, PollStatus.FAILED);
    assertThat(messageOf(summary, 31)).startsWith("malformed XML");
    assertThat(messageOf(summary, 32)).startsWith("refused: the document declares XML entities");
    assertThat(summary.lines().get(2).newItems()).isEqualTo(FeedParser.DEFAULT_MAX_ITEMS);
    assertThat(messageOf(summary, 33))
        .startsWith("response cut at 2 MB (fetch.max-bytes): feed incomplete; feed cut at 1,000 of")
        .doesNotContain("malformed");
    assertThat(messageOf(summary, 34)).startsWith("disallowed by robots.txt");
    assertThat(server.hits("/secret")).isZero();
  }

  @Test
  void theSchedulerTickPollsDueSourcesInTheBackground() throws Exception {
    server.on(
        "/feed",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("rss2-arabic.xml")));
    List<Source> sources = new ArrayList<>(List.of(source(41, "/feed")));

    scheduler.start(() -> sources, Duration.ofMillis(50));
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (delivered.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    Thread.sleep(200);

    assertThat(delivered).hasSize(1);
    assertThat(delivered.get(0).newItems()).hasSize(2);
    assertThat(server.hits("/feed")).isEqualTo(1);
  }

  @Test
  void aStalledSourceDoesNotHoldBackTheNextTick() throws Exception {
    server.on(
        "/feed",
        LoopbackServer.fixed(200, "application/rss+xml", Fixtures.bytes("rss2-arabic.xml")));
    server.on("/stall", LoopbackServer.stall(30_000));
    List<Source> sources = List.of(source(51, "/stall"), source(52, "/feed"));

    scheduler.start(() -> sources, Duration.ofMillis(50));
    awaitDeliveries(52, 1);
    clock.advance(Duration.ofHours(3));
    awaitDeliveries(52, 2);

    assertThat(delivered.stream().filter(r -> r.source().id() == 51)).isEmpty();
  }

  private void awaitDeliveries(long sourceId, int count) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (delivered.stream().filter(r -> r.source().id() == sourceId).count() < count
        && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(delivered.stream().filter(r -> r.source().id() == sourceId)).hasSize(count);
  }

  @Test
  void aPageSourceIsOneArticleAndAPageAdvertisingAFeedNamesIt() {
    byte[] article =
        ("<html><head><title>خبر</title></head><body><article><h1>عنوان الخبر</h1>"
                + "<p>فقرة أولى من الخبر.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    byte[] home =
        ("<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
                + "</head><body><p>الرئيسية</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    server.on("/article", LoopbackServer.fixed(200, "text/html; charset=utf-8", article));
    server.on("/home", LoopbackServer.fixed(200, "text/html; charset=utf-8", home));
    Source page = new Source(1, server.url("/article").toString(), null, Source.Kind.UNKNOWN, null);
    Source homepage =
        new Source(2, server.url("/home").toString(), null, Source.Kind.UNKNOWN, null);

    scheduler.pollAll(List.of(page, homepage));

    PollResult pageResult = resultFor(1);
    assertThat(pageResult.status()).isEqualTo(PollStatus.NEW_ITEMS);
    assertThat(pageResult.feed().format()).isEqualTo(FeedFormat.HTML_PAGE);
    assertThat(pageResult.newItems())
        .singleElement()
        .extracting(FeedItem::link)
        .isEqualTo(page.url());
    PollResult homeResult = resultFor(2);
    assertThat(homeResult.status()).isEqualTo(PollStatus.FAILED);
    assertThat(homeResult.message()).contains("advertises").contains("/rss");
  }

  private PollResult resultFor(long sourceId) {
    return delivered.stream().filter(r -> r.source().id() == sourceId).findFirst().orElseThrow();
  }
}
