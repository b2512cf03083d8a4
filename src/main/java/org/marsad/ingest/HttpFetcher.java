package org.marsad.ingest;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A polite, defensive HTTP fetcher. Thread-safe; share one per process so that per-host limits and
 * the robots.txt cache are shared.
 *
 * <p>Each request, and each redirect hop separately: only http/https; the host's addresses checked
 * by {@link AddressGuard} in the one look-up that the connection uses ({@link HttpTransport});
 * robots.txt obeyed; at most {@code maxConnectionsPerHost} in flight and {@code
 * max(minDelayPerHost, Crawl-delay)} between starts per host; retried with exponential backoff and
 * jitter on timeouts, connection errors, 5xx and 429. A 429 or 503 with {@code Retry-After} holds
 * every request to its host back that long (up to {@code fetch.retry-max-delay}; a longer one is
 * not retried inline, and the message says so) instead of the backoff. Bodies are read against a
 * deadline (connect + read timeout for the whole request), capped before and after gzip/deflate
 * decoding.
 *
 * <p>Redirects are followed here rather than by the HTTP client so that every hop passes these
 * checks, each hop's host looked up once, by the guard, right before connecting.
 */
public final class HttpFetcher implements Fetcher, AutoCloseable {
  /** robots.txt files are parsed up to this size (RFC 9309 asks for at least 500 KiB). */
  static final long ROBOTS_MAX_BYTES = 512 * 1024;

  /** The answer to a POST is read only this far: its status is what counts. */
  static final long POST_ANSWER_MAX_BYTES = 8 * 1024;

  private static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
          + " text/xml;q=0.9, application/json;q=0.8, text/html;q=0.8, */*;q=0.5";

  private final FetcherConfig config;
  private final HostThrottle throttle;
  private final RobotsCache robots;
  private final HttpTransport transport;

  /** A fetcher with the system clock and DNS. */
  public HttpFetcher(FetcherConfig config) {
    this(config, Clock.systemUTC(), InetAddress::getAllByName);
  }

  /**
   * @param clock drives the robots.txt cache expiry
   * @param resolver the DNS look-up; the only one made, each answer checked by the guard
   */
  public HttpFetcher(FetcherConfig config, Clock clock, AddressGuard.HostResolver resolver) {
    this.config = config;
    this.transport =
        new HttpTransport(
            config,
            new AddressGuard(config.allowPrivateNetworks(), config.allowedRanges(), resolver));
    this.throttle = new HostThrottle(config.maxConnectionsPerHost());
    this.robots =
        new RobotsCache(
            config.userAgent(),
            config.robotsTtl(),
            clock,
            url -> fetch(url, ConditionalRequest.NONE, true));
  }

  @Override
  public FetchResult fetch(URI url, ConditionalRequest conditional) {
    return fetch(url, conditional, false);
  }

  /**
   * POSTs {@code body} once to {@code url}, for a webhook: the same address guard, timeouts and
   * per-host connection limit as fetches, but no robots.txt (the address was given by the user, not
   * crawled), no redirect followed (a redirected POST would be re-sent elsewhere) and no retry here
   * (the caller keeps its own schedule of attempts, recorded one by one).
   *
   * @param headers further request headers, in order
   */
  public PostResult post(URI url, Map<String, String> headers, byte[] body, String contentType) {
    long start = System.nanoTime();
    Refusal refusal = refusal(url);
    if (refusal != null) {
      return new PostResult(0, refusal.failure(), refusal.message(), Duration.ZERO);
    }
    Map<String, String> all = new LinkedHashMap<>();
    all.put("User-Agent", config.userAgent());
    all.putAll(headers);
    HttpTransport.Exchange exchange;
    try (HostThrottle.Permit permit = throttle.acquire(hostKey(url), Duration.ZERO)) {
      exchange = transport.post(url, all, body, contentType, POST_ANSWER_MAX_BYTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange = HttpTransport.Exchange.failed(0, FetchFailure.INTERRUPTED, "interrupted");
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    if (exchange.failure() != null) {
      return new PostResult(exchange.status(), exchange.failure(), exchange.message(), elapsed);
    }
    if (exchange.status() / 100 != 2) {
      return new PostResult(
          exchange.status(),
          FetchFailure.HTTP_STATUS,
          "HTTP " + exchange.status() + ": " + url,
          elapsed);
    }
    return new PostResult(exchange.status(), null, null, elapsed);
  }

  /** Closes the connections; requests in flight fail at once. */
  @Override
  public void close() {
    transport.close();
  }

  /**
   * @param forRobots true for a robots.txt itself: not checked against robots.txt, read up to
   *     {@link #ROBOTS_MAX_BYTES}, never failed for its size
   */
  private FetchResult fetch(URI url, ConditionalRequest conditional, boolean forRobots) {
    long maxBytes = forRobots ? ROBOTS_MAX_BYTES : config.maxBytes();
    Attempts attempts =
        new Attempts(url, maxBytes, !forRobots && config.failOnOversize(), System.nanoTime());
    URI current = url;
    for (int hop = 0; ; hop++) {
      Refusal refusal = refusal(current);
      if (refusal != null) {
        return attempts.failed(current, 0, refusal.failure(), refusal.message());
      }
      Duration gap = config.minDelayPerHost();
      if (!forRobots && config.respectRobots()) {
        RobotsCache.Rules rules = robots.rulesFor(current);
        if (rules.unreachable()) {
          FetchResult why = rules.fetch();
          return attempts.failed(
              current, 0, why.failure(), "robots.txt unreachable: " + why.message());
        }
        if (!rules.rules().isAllowed(current.toString())) {
          return attempts.failed(
              current, 0, FetchFailure.ROBOTS_DISALLOWED, "disallowed by robots.txt: " + current);
        }
        gap = politenessGap(rules);
      }
      HttpTransport.Exchange exchange =
          exchangeWithRetries(current, conditional, maxBytes, gap, attempts);
      if (exchange.failure() != null) {
        return attempts.failed(current, exchange.status(), exchange.failure(), exchange.message());
      }
      int status = exchange.status();
      if (!isRedirect(status)) {
        return attempts.finished(current, exchange);
      }
      URI next = redirectTarget(current, exchange);
      if (next == null) {
        return attempts.failed(
            current, status, FetchFailure.REDIRECTS, "HTTP " + status + " without a Location");
      }
      if (hop == config.maxRedirects()) {
        return attempts.failed(
            current,
            status,
            FetchFailure.REDIRECTS,
            "more than " + config.maxRedirects() + " redirects, last to " + next);
      }
      current = next;
    }
  }

  /** Why a URL may not be fetched. */
  private record Refusal(FetchFailure failure, String message) {}

  /**
   * Null when the URL may be requested: http(s) with a host. Whether the host's addresses are
   * allowed is checked when connecting, in the same look-up.
   */
  private static Refusal refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return new Refusal(FetchFailure.BAD_URL, "only http and https URLs are fetched: " + url);
    }
    if (url.getHost() == null) {
      return new Refusal(FetchFailure.BAD_URL, "URL without a host: " + url);
    }
    return null;
  }

  private Duration politenessGap(RobotsCache.Rules rules) {
    long crawlDelayMillis = rules.rules().getCrawlDelay();
    if (crawlDelayMillis <= 0) {
      return config.minDelayPerHost();
    }
    Duration crawlDelay = Duration.ofMillis(crawlDelayMillis);
    if (crawlDelay.compareTo(config.maxCrawlDelay()) > 0) {
      crawlDelay = config.maxCrawlDelay();
    }
    return crawlDelay.compareTo(config.minDelayPerHost()) > 0
        ? crawlDelay
        : config.minDelayPerHost();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(URI from, HttpTransport.Exchange exchange) {
    String location = exchange.header("Location");
    if (location == null || location.isBlank()) {
      return null;
    }
    try {
      return from.resolve(location.trim());
    } catch (IllegalArgumentException badLocation) {
      return null;
    }
  }

  private HttpTransport.Exchange exchangeWithRetries(
      URI url, ConditionalRequest conditional, long maxBytes, Duration gap, Attempts attempts) {
    for (int attempt = 1; ; attempt++) {
      attempts.count++;
      HttpTransport.Exchange exchange;
      try (HostThrottle.Permit permit = throttle.acquire(hostKey(url), gap)) {
        exchange = transport.get(url, requestHeaders(conditional), maxBytes);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return HttpTransport.Exchange.failed(0, FetchFailure.INTERRUPTED, "interrupted");
      }
      if (exchange.failure() == null || !exchange.failure().retryable()) {
        return exchange;
      }
      Optional<Duration> retryAfter = retryAfter(exchange);
      if (retryAfter.isPresent()) {
        Duration asked = retryAfter.get();
        throttle.holdOff(hostKey(url), min(asked, config.retryMaxDelay()));
        if (asked.compareTo(config.retryMaxDelay()) > 0) {
          return exchange.withMessage(
              exchange.message()
                  + ", Retry-After "
                  + asked.toSeconds()
                  + " s is beyond fetch.retry-max-delay ("
                  + config.retryMaxDelay().toMillis()
                  + " ms): not retried, host held off for that cap");
        }
      }
      if (attempt == config.maxAttempts()) {
        return exchange.withMessage(exchange.message() + " after " + attempt + " attempts");
      }
      if (retryAfter.isPresent()) {
        continue; // the throttle holds the next start back for the server's Retry-After
      }
      try {
        Thread.sleep(backoff(attempt).toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return HttpTransport.Exchange.failed(0, FetchFailure.INTERRUPTED, "interrupted");
      }
    }
  }

  /** The Retry-After of a 429 or 503, which asks every client to wait before its next request. */
  private static Optional<Duration> retryAfter(HttpTransport.Exchange exchange) {
    int status = exchange.status();
    return status == 429 || status == 503
        ? RetryAfter.parse(exchange.header("Retry-After"), Instant.now())
        : Optional.empty();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** Base x 2^(n-1), capped, of which the second half is random ("equal jitter"). */
  private Duration backoff(int failedAttempts) {
    long base = config.retryBaseDelay().toMillis();
    long max = config.retryMaxDelay().toMillis();
    long exponential = failedAttempts >= 31 ? max : Math.min(max, base << (failedAttempts - 1));
    long half = exponential / 2;
    return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
  }

  /** {@code host:port} with the scheme's default port filled in. */
  private static String hostKey(URI url) {
    int port = url.getPort();
    if (port == -1) {
      port = url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
    return url.getHost().toLowerCase(Locale.ROOT) + ":" + port;
  }

  private Map<String, String> requestHeaders(ConditionalRequest conditional) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", config.userAgent());
    headers.put("Accept", ACCEPT);
    headers.put("Accept-Encoding", "gzip, deflate");
    if (conditional.etag() != null) {
      headers.put("If-None-Match", conditional.etag());
    }
    if (conditional.lastModified() != null) {
      headers.put("If-Modified-Since", conditional.lastModified());
    }
    return headers;
  }

  /** Counts tries over hops and builds the result. */
  private final class Attempts {
    final URI requested;
    final long maxBytes;
    final boolean failOnOversize;
    final long startNanos;
    int count;

    Attempts(URI requested, long maxBytes, boolean failOnOversize, long startNanos) {
      this.requested = requested;
      this.maxBytes = maxBytes;
      this.failOnOversize = failOnOversize;
      this.startNanos = startNanos;
    }

    Duration elapsed() {
      return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    FetchResult failed(URI at, int status, FetchFailure failure, String message) {
      return new FetchResult(
          requested,
          at,
          status,
          null,
          null,
          null,
          new byte[0],
          false,
          FetchOutcome.FAILED,
          failure,
          message,
          count,
          elapsed());
    }

    FetchResult finished(URI at, HttpTransport.Exchange exchange) {
      int status = exchange.status();
      String contentType = exchange.header("Content-Type");
      String etag = exchange.header("ETag");
      String lastModified = exchange.header("Last-Modified");
      if (status == 304) {
        return new FetchResult(
            requested,
            at,
            status,
            contentType,
            etag,
            lastModified,
            new byte[0],
            false,
            FetchOutcome.NOT_MODIFIED,
            null,
            "not modified",
            count,
            elapsed());
      }
      if (status / 100 != 2) {
        return failed(at, status, FetchFailure.HTTP_STATUS, "HTTP " + status + ": " + at);
      }
      CappedBody decoded;
      try {
        decoded =
            BodyDecoder.decode(
                exchange.body().bytes(),
                exchange.body().truncated(),
                exchange.header("Content-Encoding"),
                maxBytes);
      } catch (BodyDecoder.UndecodableException e) {
        return failed(at, status, FetchFailure.BAD_ENCODING, e.getMessage() + ": " + at);
      }
      if (decoded.truncated() && failOnOversize) {
        return failed(
            at,
            status,
            FetchFailure.TOO_LARGE,
            "response larger than " + maxBytes + " bytes: " + at);
      }
      String message = decoded.truncated() ? "cut at " + maxBytes + " bytes" : "HTTP " + status;
      return new FetchResult(
          requested,
          at,
          status,
          contentType,
          etag,
          lastModified,
          decoded.bytes(),
          decoded.truncated(),
          FetchOutcome.OK,
          null,
          message,
          count,
          elapsed());
    }
  }
}
