package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Compression;
import org.marsad.testing.Fixtures;
import org.marsad.testing.LoopbackServer;
import org.marsad.testing.Reliability;

/** The fetcher against a real HTTP server on loopback, including servers that misbehave. */
class HttpFetcherIT {
  private static final byte[] FEED = Fixtures.bytes("rss2-arabic.xml");

  private final LoopbackServer server;
  private final List<HttpFetcher> fetchers = new ArrayList<>();

  HttpFetcherIT() throws IOException {
    server = new LoopbackServer();
  }

  @AfterEach
  void stop() {
    fetchers.forEach(HttpFetcher::close);
    server.close();
  }

  /** Short timeouts and delays so misbehaving servers fail fast; loopback allowed. */
  private static FetcherConfig.Builder testConfig() {
    return FetcherConfig.builder()
        .allowRange("127.0.0.0/8")
        .connectTimeout(Duration.ofMillis(500))
        .readTimeout(Duration.ofMillis(800))
        .retryDelays(Duration.ofMillis(20), Duration.ofMillis(100))
        .minDelayPerHost(Duration.ZERO)
        .maxBytes(1 << 20);
  }

  private HttpFetcher fetcher(FetcherConfig config) {
    HttpFetcher fetcher = new HttpFetcher(config);
    fetchers.add(fetcher);
    return fetcher;
  }

  private HttpFetcher fetcher() {
    return fetcher(testConfig().build());
  }

  @Test
  void fetchesAFeedWithOurUserAgentAndGzip() throws Exception {
    byte[] gzipped = Compression.gzip(FEED, 1);
    server.on(
        "/feed",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, "application/rss+xml; charset=utf-8", gzipped);
        });

    FetchResult result =
        fetcher(testConfig().userAgent("MarsadTest/1.0 (it)").build()).fetch(server.url("/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.body()).isEqualTo(FEED);
    assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
    assertThat(result.truncated()).isFalse();
    assertThat(result.attempts()).isEqualTo(1);
    LoopbackServer.Request seen = server.requests("/feed").get(0);
    assertThat(seen.headers().getFirst("User-Agent")).isEqualTo("MarsadTest/1.0 (it)");
    assertThat(seen.headers().getFirst("Accept-Encoding")).contains("gzip").contains("deflate");
  }

  @Test
  void sendsValidatorsAndReportsNotModified() {
    String etag = "\"v1\"";
    String lastModified = "Fri, 16 Feb 2018 22:08:10 GMT";
    server.on(
        "/feed",
        exchange -> {
          if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("ETag", etag);
            LoopbackServer.send(exchange, 304, null, new byte[0]);
            return;
          }
          exchange.getResponseHeaders().set("ETag", etag);
          exchange.getResponseHeaders().set("Last-Modified", lastModified);
          LoopbackServer.send(exchange, 200, "application/rss+xml", FEED);
        });
    HttpFetcher fetcher = fetcher();

    FetchResult first = fetcher.fetch(server.url("/feed"));
    FetchResult second =
        fetcher.fetch(
            server.url("/feed"), new ConditionalRequest(first.etag(), first.lastModified()));

    assertThat(first.etag()).isEqualTo(etag);
    assertThat(first.lastModified()).isEqualTo(lastModified);
    assertThat(second.outcome()).isEqualTo(FetchOutcome.NOT_MODIFIED);
    assertThat(second.status()).isEqualTo(304);
    assertThat(second.body()).isEmpty();
    assertThat(server.requests("/feed").get(1).headers().getFirst("If-Modified-Since"))
        .isEqualTo(lastModified);
  }

  @Test
  void retries5xxWithBackoffThenFails() {
    server.on("/feed", LoopbackServer.fixed(503, "text/plain", "busy".getBytes()));

    FetchResult result = fetcher().fetch(server.url("/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.FAILED);
    assertThat(result.failure()).isEqualTo(FetchFailure.SERVER_ERROR);
    assertThat(result.status()).isEqualTo(503);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(server.hits("/feed")).isEqualTo(3);
    assertThat(result.message()).isEqualTo("HTTP 503 after 3 attempts");
  }

  @Test
  void recoversWhenA5xxIsFollowedBySuccess() {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/feed",
        exchange -> {
          int status = calls.incrementAndGet() == 1 ? 500 : 200;
          LoopbackServer.send(exchange, status, "application/rss+xml", FEED);
        });

    FetchResult result = fetcher().fetch(server.url("/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.attempts()).isEqualTo(2);
  }

  @Test
  void retryAfterOfA503IsWaitedForBeforeTheRetry() {
    AtomicInteger calls = new AtomicInteger();
    server.on(
        "/feed",
        exchange -> {
          if (calls.incrementAndGet() == 1) {
            exchange.getResponseHeaders().set("Retry-After", "1");
            LoopbackServer.send(exchange, 503, "text/plain", "busy".getBytes());
          } else {
            LoopbackServer.send(exchange, 200, "application/rss+xml", FEED);
          }
        });
    HttpFetcher fetcher =
        fetcher(testConfig().retryDelays(Duration.ofMillis(20), Duration.ofSeconds(5)).build());

    FetchResult result = fetcher.fetch(server.url("/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.attempts()).isEqualTo(2);
    long gapMillis = gapMillis(server.requests("/feed").get(0), server.requests("/feed").get(1));
    assertThat(gapMillis).isGreaterThanOrEqualTo(950);
    Reliability.record(
        "faults",
        "HttpFetcherIT.retryAfterOfA503IsWaitedForBeforeTheRetry",
        "503 with Retry-After: 1, then 200 (backoff alone would retry after 20-40 ms)",
        "the retry starts no sooner than the server asked",
        "retry " + gapMillis + " ms after the 503, " + result.attempts() + " attempts");
  }

  @Test
  void retryAfterOfA429HoldsOffTheWholeHost() {
    server.on(
        "/busy",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "1");
          LoopbackServer.send(exchange, 429, "text/plain", "slow down".getBytes());
        });
    server.on("/other", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    HttpFetcher fetcher =
        fetcher(
            testConfig()
                .maxAttempts(1)
                .retryDelays(Duration.ofMillis(20), Duration.ofSeconds(5))
                .build());

    FetchResult busy = fetcher.fetch(server.url("/busy"));
    FetchResult other = fetcher.fetch(server.url("/other"));

    assertThat(busy.failure()).isEqualTo(FetchFailure.RATE_LIMITED);
    assertThat(other.outcome()).isEqualTo(FetchOutcome.OK);
    long gapMillis = gapMillis(server.requests("/busy").get(0), server.requests("/other").get(0));
    assertThat(gapMillis).isGreaterThanOrEqualTo(950);
    Reliability.record(
        "faults",
        "HttpFetcherIT.retryAfterOfA429HoldsOffTheWholeHost",
        "429 with Retry-After: 1 on one path, then a request for another path of the host",
        "no request to that host starts before the server's Retry-After",
        "next request to the host " + gapMillis + " ms after the 429");
  }

  @Test
  void aRetryAfterBeyondTheCapIsNotWaitedForInline() {
    server.on(
        "/feed",
        exchange -> {
          exchange.getResponseHeaders().set("Retry-After", "3600");
          LoopbackServer.send(exchange, 503, "text/plain", "maintenance".getBytes());
        });

    FetchResult result = fetcher().fetch(server.url("/feed"));

    assertThat(result.failure()).isEqualTo(FetchFailure.SERVER_ERROR);
    assertThat(server.hits("/feed")).isEqualTo(1);
    assertThat(result.message())
        .isEqualTo(
            "HTTP 503, Retry-After 3600 s is beyond fetch.retry-max-delay (100 ms): not retried,"
                + " host held off for that cap");
    Reliability.record(
        "faults",
        "HttpFetcherIT.aRetryAfterBeyondTheCapIsNotWaitedForInline",
        "503 with Retry-After: 3600 (an hour of maintenance)",
        "one request, no worker blocked for an hour, the reason in the message",
        server.hits("/feed") + " request, elapsed " + result.elapsed().toMillis() + " ms");
  }

  private static long gapMillis(LoopbackServer.Request first, LoopbackServer.Request second) {
    return (second.startNanos() - first.startNanos()) / 1_000_000;
  }

  @Test
  void doesNotRetry4xx() {
    FetchResult result = fetcher().fetch(server.url("/missing"));

    assertThat(result.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
    assertThat(result.status()).isEqualTo(404);
    assertThat(server.hits("/missing")).isEqualTo(1);
  }

  @Test
  void aStallingServerTimesOutWithinTheDeadline() {
    server.on("/stall", LoopbackServer.stall(30_000));
    HttpFetcher fetcher = fetcher(testConfig().maxAttempts(1).build());

    long start = System.nanoTime();
    FetchResult result = fetcher.fetch(server.url("/stall"));
    long cutMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.failure()).isEqualTo(FetchFailure.TIMEOUT);
    assertThat(cutMillis).isLessThan(5_000);
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.aStallingServerTimesOutWithinTheDeadline",
        "a server that accepts the request and never answers",
        "TIMEOUT within connect+read (1300 ms here), one attempt",
        "cut after " + cutMillis + " ms: " + result.message());
  }

  @Test
  void interruptingTheCallerEndsAStalledRequestAtOnce() throws Exception {
    server.on("/stall", LoopbackServer.stall(30_000));
    HttpFetcher fetcher =
        fetcher(testConfig().readTimeout(Duration.ofSeconds(20)).maxAttempts(1).build());
    java.util.concurrent.atomic.AtomicReference<FetchResult> result =
        new java.util.concurrent.atomic.AtomicReference<>();
    Thread caller = new Thread(() -> result.set(fetcher.fetch(server.url("/stall"))));
    caller.start();
    while (server.hits("/stall") == 0) {
      Thread.sleep(10);
    }

    long start = System.nanoTime();
    caller.interrupt();
    caller.join(5_000);
    long endedMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(caller.isAlive()).as("still reading 5 s after the interrupt").isFalse();
    assertThat(result.get().failure()).isEqualTo(FetchFailure.INTERRUPTED);
    Reliability.record(
        "faults",
        "HttpFetcherIT.interruptingTheCallerEndsAStalledRequestAtOnce",
        "interrupt a poll worker blocked reading a server that never answers (read timeout 20 s),"
            + " as a stopping serve or fetch does",
        "the request ends INTERRUPTED long before its timeout, so a stop commits promptly",
        "ended " + endedMillis + " ms after the interrupt");
  }

  @Test
  void aBodyThatStallsHalfwayTimesOutToo() {
    server.on(
        "/trickle",
        exchange -> {
          exchange.sendResponseHeaders(200, 0);
          OutputStream out = exchange.getResponseBody();
          out.write("<rss version=\"2.0\"><channel>".getBytes(StandardCharsets.UTF_8));
          out.flush();
          try {
            Thread.sleep(30_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });

    FetchResult result = fetcher().fetch(server.url("/trickle"));

    assertThat(result.failure()).isEqualTo(FetchFailure.TIMEOUT);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.elapsed()).isLessThan(Duration.ofSeconds(15));
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.aBodyThatStallsHalfwayTimesOutToo",
        "200 with the start of a feed, then silence",
        "TIMEOUT after 3 attempts, no half feed returned",
        result.attempts() + " attempts in " + result.elapsed().toMillis() + " ms");
  }

  @Test
  void followsRedirectsAndReportsTheFinalUrl() {
    server.on("/old", LoopbackServer.redirect(301, "/new"));
    server.on("/new", LoopbackServer.fixed(200, "application/rss+xml", FEED));

    FetchResult result = fetcher().fetch(server.url("/old"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.requestedUrl()).isEqualTo(server.url("/old"));
    assertThat(result.finalUrl()).isEqualTo(server.url("/new"));
  }

  @Test
  void stopsARedirectLoopAfterFiveRedirects() {
    server.on("/a", LoopbackServer.redirect(302, "/b"));
    server.on("/b", LoopbackServer.redirect(307, "/a"));

    FetchResult result = fetcher().fetch(server.url("/a"));

    assertThat(result.failure()).isEqualTo(FetchFailure.REDIRECTS);
    assertThat(result.message()).startsWith("more than 5 redirects");
    assertThat(server.hits("/a") + server.hits("/b")).isEqualTo(6);
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.stopsARedirectLoopAfterFiveRedirects",
        "3xx loop: /a 302 to /b, /b 307 to /a",
        "REDIRECTS failure after the configured 5 redirects",
        (server.hits("/a") + server.hits("/b"))
            + " requests in "
            + result.elapsed().toMillis()
            + " ms: "
            + result.message());
  }

  @Test
  void refusesARedirectToAPrivateAddressWithoutConnecting() {
    server.on("/to-private", LoopbackServer.redirect(302, "http://10.20.30.40/feed"));
    server.on(
        "/to-ipv6-loopback",
        LoopbackServer.redirect(302, "http://[::1]:" + server.port() + "/feed"));
    server.on("/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    HttpFetcher fetcher = fetcher();

    FetchResult toPrivate = fetcher.fetch(server.url("/to-private"));
    FetchResult toIpv6Loopback = fetcher.fetch(server.url("/to-ipv6-loopback"));

    assertThat(toPrivate.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
    assertThat(toPrivate.finalUrl()).isEqualTo(URI.create("http://10.20.30.40/feed"));
    assertThat(toPrivate.message()).contains("10.20.30.40").contains("10.0.0.0/8");
    assertThat(toIpv6Loopback.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
    assertThat(server.hits("/feed")).isZero();
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.refusesARedirectToAPrivateAddressWithoutConnecting",
        "redirects to http://10.20.30.40/feed and http://[::1]/feed",
        "PRIVATE_ADDRESS for each hop, no request reaches the target",
        "2 refused; " + server.hits("/feed") + " requests to the target");
  }

  @Test
  void refusesLoopbackUnlessAllowedAndNonHttpSchemes() {
    server.on("/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    server.on("/to-file", LoopbackServer.redirect(302, "file:///etc/passwd"));
    HttpFetcher defaults = fetcher(FetcherConfig.defaults());

    assertThat(defaults.fetch(server.url("/feed")).failure())
        .isEqualTo(FetchFailure.PRIVATE_ADDRESS);
    assertThat(server.hits("/feed")).isZero();
    assertThat(fetcher().fetch(URI.create("ftp://127.0.0.1/feed")).failure())
        .isEqualTo(FetchFailure.BAD_URL);
    assertThat(fetcher().fetch(server.url("/to-file")).failure()).isEqualTo(FetchFailure.BAD_URL);
  }

  @Test
  void capsAGzipBomb() throws Exception {
    byte[] bomb = Compression.gzip(new byte[1 << 20], 100);
    server.on(
        "/bomb",
        exchange -> {
          exchange.getResponseHeaders().set("Content-Encoding", "gzip");
          LoopbackServer.send(exchange, 200, "application/rss+xml", bomb);
        });

    FetchResult cut = fetcher().fetch(server.url("/bomb"));
    FetchResult refused =
        fetcher(testConfig().failOnOversize(true).build()).fetch(server.url("/bomb"));

    assertThat(cut.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(cut.truncated()).isTrue();
    assertThat(cut.body()).hasSize(1 << 20);
    assertThat(refused.failure()).isEqualTo(FetchFailure.TOO_LARGE);
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.capsAGzipBomb",
        "gzip bomb: " + bomb.length + " bytes inflating to 100 MiB",
        "decompressed body cut at the 1 MiB cap (or TOO_LARGE when so configured)",
        bomb.length
            + " bytes read, "
            + cut.body().length
            + " bytes kept, in "
            + cut.elapsed().toMillis()
            + " ms; strict: "
            + refused.failure());
  }

  @Test
  void capsAFiftyMegabyteStreamWithoutReadingItAll() {
    long fiftyMegabytes = 50L * 1024 * 1024;
    AtomicInteger sentChunks = new AtomicInteger();
    server.on(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, fiftyMegabytes);
          byte[] chunk = new byte[64 * 1024];
          java.util.Arrays.fill(chunk, (byte) ' ');
          try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < fiftyMegabytes; sent += chunk.length) {
              out.write(chunk);
              sentChunks.incrementAndGet();
            }
          }
        });

    FetchResult result = fetcher().fetch(server.url("/huge"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(result.truncated()).isTrue();
    assertThat(result.body()).hasSize(1 << 20);
    assertThat(result.message()).isEqualTo("cut at 1048576 bytes");
    assertThat(sentChunks.get()).isLessThan(800);
    Reliability.record(
        "hostile-web",
        "HttpFetcherIT.capsAFiftyMegabyteStreamWithoutReadingItAll",
        "a 50 MiB response to a fetcher capped at 1 MiB",
        "body cut at 1 MiB and the connection closed instead of drained",
        sentChunks.get() * 64
            + " KiB sent of 51200 KiB, "
            + result.body().length
            + " bytes kept, in "
            + result.elapsed().toMillis()
            + " ms");
  }

  @Test
  void obeysRobotsTxtForOurAgentAndCachesIt() {
    server.on(
        "/robots.txt",
        LoopbackServer.fixed(
            200,
            "text/plain",
            ("User-agent: *\nDisallow: /\n\n"
                    + "User-agent: marsad\nDisallow: /private/\nAllow: /private/open$\n")
                .getBytes(StandardCharsets.UTF_8)));
    server.on("/news/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    server.on("/private/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    server.on("/private/open", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    HttpFetcher fetcher = fetcher();

    FetchResult allowed = fetcher.fetch(server.url("/news/feed"));
    FetchResult disallowed = fetcher.fetch(server.url("/private/feed"));
    FetchResult allowedByLongestMatch = fetcher.fetch(server.url("/private/open"));
    FetchResult otherAgent =
        fetcher(testConfig().userAgent("OtherBot/2.0").build()).fetch(server.url("/news/feed"));

    assertThat(allowed.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(disallowed.failure()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
    assertThat(allowedByLongestMatch.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(otherAgent.failure()).isEqualTo(FetchFailure.ROBOTS_DISALLOWED);
    assertThat(server.hits("/private/feed")).isZero();
    assertThat(server.hits("/robots.txt")).isEqualTo(2);
  }

  @Test
  void keepsTheMinimumDelayAndAtMostTwoConnectionsPerHost() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger maxInFlight = new AtomicInteger();
    server.on(
        "/slow",
        exchange -> {
          maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
          try {
            Thread.sleep(150);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          inFlight.decrementAndGet();
          LoopbackServer.send(exchange, 200, "application/rss+xml", FEED);
        });
    HttpFetcher fetcher = fetcher(testConfig().minDelayPerHost(Duration.ofMillis(50)).build());
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> fetcher.fetch(server.url("/slow"))));
      }
      for (Future<FetchResult> result : results) {
        assertThat(result.get().outcome()).isEqualTo(FetchOutcome.OK);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(maxInFlight.get()).isEqualTo(2);
    // The server sees when a request arrives, not when the fetcher started it: a request that
    // opens a new connection arrives a few ms later than one on a kept-alive connection, so one
    // observed gap may be shorter than the minimum delay; the span of all of them cannot be.
    List<LoopbackServer.Request> requests = server.requests("/slow");
    for (int i = 1; i < requests.size(); i++) {
      long gapMillis =
          (requests.get(i).startNanos() - requests.get(i - 1).startNanos()) / 1_000_000;
      assertThat(gapMillis).isGreaterThanOrEqualTo(35);
    }
    long spanMillis =
        (requests.get(requests.size() - 1).startNanos() - requests.get(0).startNanos()) / 1_000_000;
    assertThat(spanMillis).isGreaterThanOrEqualTo(50L * (requests.size() - 1) - 10);
  }

  @Test
  void connectionRefusedIsRetriedThenReported() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    FetchResult result =
        new HttpFetcher(
                testConfig().respectRobots(false).build(),
                Clock.systemUTC(),
                InetAddress::getAllByName)
            .fetch(URI.create("http://127.0.0.1:" + closedPort + "/feed"));

    assertThat(result.failure()).isEqualTo(FetchFailure.CONNECTION);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(result.message()).endsWith("after 3 attempts");
  }

  @Test
  void anUnreachableRobotsTxtBlocksBrieflyThenIsAskedAgain() {
    AtomicInteger robotsCalls = new AtomicInteger();
    server.on(
        "/robots.txt",
        exchange -> {
          int status = robotsCalls.incrementAndGet() <= 3 ? 503 : 404;
          LoopbackServer.send(exchange, status, "text/plain", "x".getBytes());
        });
    server.on("/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    MutableClock clock = new MutableClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));
    HttpFetcher fetcher = new HttpFetcher(testConfig().build(), clock, InetAddress::getAllByName);
    fetchers.add(fetcher);

    FetchResult blocked = fetcher.fetch(server.url("/feed"));
    clock.advance(RobotsCache.FAILURE_TTL.minusSeconds(1));
    FetchResult stillBlocked = fetcher.fetch(server.url("/feed"));
    clock.advance(Duration.ofSeconds(2));
    FetchResult allowed = fetcher.fetch(server.url("/feed"));

    assertThat(blocked.failure()).isEqualTo(FetchFailure.SERVER_ERROR);
    assertThat(blocked.message()).isEqualTo("robots.txt unreachable: HTTP 503 after 3 attempts");
    assertThat(stillBlocked.outcome()).isEqualTo(FetchOutcome.FAILED);
    assertThat(allowed.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(robotsCalls.get()).isEqualTo(4);
    assertThat(server.hits("/feed")).isEqualTo(1);
  }

  @Test
  void honoursCrawlDelayUpToTheConfiguredCap() {
    server.on(
        "/robots.txt",
        LoopbackServer.fixed(
            200,
            "text/plain",
            "User-agent: *\nCrawl-delay: 100\n".getBytes(StandardCharsets.UTF_8)));
    server.on("/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));
    HttpFetcher fetcher = fetcher(testConfig().maxCrawlDelay(Duration.ofMillis(400)).build());

    fetcher.fetch(server.url("/feed"));
    fetcher.fetch(server.url("/feed"));

    List<LoopbackServer.Request> requests = server.requests("/feed");
    long gapMillis = (requests.get(1).startNanos() - requests.get(0).startNanos()) / 1_000_000;
    // Arrival times at the server: the first request's connection setup may delay it by tens of
    // ms on a loaded machine, shortening the observed gap below the 400 ms the fetcher kept.
    assertThat(gapMillis).isBetween(300L, 3_000L);
  }

  @Test
  void aRobotsTxtThatRedirectsInALoopCountsAsAbsent() {
    server.on("/robots.txt", LoopbackServer.redirect(302, "/robots.txt"));
    server.on("/feed", LoopbackServer.fixed(200, "application/rss+xml", FEED));

    FetchResult result = fetcher().fetch(server.url("/feed"));

    assertThat(result.outcome()).isEqualTo(FetchOutcome.OK);
    assertThat(server.hits("/robots.txt")).isEqualTo(6);
  }
}
