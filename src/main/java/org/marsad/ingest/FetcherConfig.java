package org.marsad.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of {@link HttpFetcher}; build with {@link #builder()}, every value has a default and is
 * validated when built.
 *
 * @param userAgent sent on every request and matched against robots.txt groups
 * @param connectTimeout time to open a TCP/TLS connection
 * @param readTimeout total time for one request: headers and the whole body
 * @param maxBytes cap on a response body, compressed and decompressed
 * @param failOnOversize true to fail a response above {@code maxBytes}; false to cut it and flag it
 * @param maxRedirects redirects followed before giving up
 * @param maxAttempts tries per request, counting the first; retried on timeouts, connection errors
 *     and 5xx, never on 4xx
 * @param retryBaseDelay first backoff; doubles on each retry, plus up to as much random jitter
 * @param retryMaxDelay cap on one backoff
 * @param maxConnectionsPerHost requests in flight at once to one host (host and port)
 * @param minDelayPerHost time between the starts of two requests to one host
 * @param maxCrawlDelay a robots.txt {@code Crawl-delay} above this is honoured only up to this
 * @param robotsTtl how long a host's robots.txt is cached
 * @param respectRobots false only for tools that fetch a URL the user typed
 * @param allowPrivateNetworks true to allow every address ({@code --allow-private-networks})
 * @param allowedRanges address blocks allowed although private (e.g. {@code 127.0.0.0/8})
 */
public record FetcherConfig(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    long maxBytes,
    boolean failOnOversize,
    int maxRedirects,
    int maxAttempts,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    int maxConnectionsPerHost,
    Duration minDelayPerHost,
    Duration maxCrawlDelay,
    Duration robotsTtl,
    boolean respectRobots,
    boolean allowPrivateNetworks,
    List<AddressRange> allowedRanges) {

  public static final String DEFAULT_USER_AGENT = "Marsad/0.1 (Arabic news monitor)";

  public FetcherConfig {
    requireText(userAgent, "userAgent");
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requireNonNegative(retryBaseDelay, "retryBaseDelay");
    requireNonNegative(retryMaxDelay, "retryMaxDelay");
    requireNonNegative(minDelayPerHost, "minDelayPerHost");
    requireNonNegative(maxCrawlDelay, "maxCrawlDelay");
    requireNonNegative(robotsTtl, "robotsTtl");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be at least 1: " + maxBytes);
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (maxConnectionsPerHost < 1) {
      throw new IllegalArgumentException(
          "maxConnectionsPerHost must be at least 1: " + maxConnectionsPerHost);
    }
    if (retryMaxDelay.compareTo(retryBaseDelay) < 0) {
      throw new IllegalArgumentException(
          "retryMaxDelay " + retryMaxDelay + " is shorter than retryBaseDelay " + retryBaseDelay);
    }
    allowedRanges = List.copyOf(allowedRanges);
  }

  /** The defaults: polite, private networks refused, 10 MiB per response, 30 s per request. */
  public static FetcherConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }

  private static void requirePositive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  private static void requireNonNegative(Duration value, String name) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + value);
    }
  }

  /** Mutable builder; not thread-safe. */
  public static final class Builder {
    private String userAgent = DEFAULT_USER_AGENT;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);
    private long maxBytes = 10L * 1024 * 1024;
    private boolean failOnOversize;
    private int maxRedirects = 5;
    private int maxAttempts = 3;
    private Duration retryBaseDelay = Duration.ofSeconds(1);
    private Duration retryMaxDelay = Duration.ofSeconds(30);
    private int maxConnectionsPerHost = 2;
    private Duration minDelayPerHost = Duration.ofSeconds(1);
    private Duration maxCrawlDelay = Duration.ofSeconds(30);
    private Duration robotsTtl = Duration.ofHours(24);
    private boolean respectRobots = true;
    private boolean allowPrivateNetworks;
    private final List<AddressRange> allowedRanges = new ArrayList<>();

    private Builder() {}

    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      readTimeout = value;
      return this;
    }

    public Builder maxBytes(long value) {
      maxBytes = value;
      return this;
    }

    public Builder failOnOversize(boolean value) {
      failOnOversize = value;
      return this;
    }

    public Builder maxRedirects(int value) {
      maxRedirects = value;
      return this;
    }

    public Builder maxAttempts(int value) {
      maxAttempts = value;
      return this;
    }

    public Builder retryDelays(Duration base, Duration max) {
      retryBaseDelay = base;
      retryMaxDelay = max;
      return this;
    }

    public Builder maxConnectionsPerHost(int value) {
      maxConnectionsPerHost = value;
      return this;
    }

    public Builder minDelayPerHost(Duration value) {
      minDelayPerHost = value;
      return this;
    }

    public Builder maxCrawlDelay(Duration value) {
      maxCrawlDelay = value;
      return this;
    }

    public Builder robotsTtl(Duration value) {
      robotsTtl = value;
      return this;
    }

    public Builder respectRobots(boolean value) {
      respectRobots = value;
      return this;
    }

    public Builder allowPrivateNetworks(boolean value) {
      allowPrivateNetworks = value;
      return this;
    }

    /** Allows one address block, e.g. {@code "127.0.0.0/8"} for a loopback test server. */
    public Builder allowRange(String cidr) {
      allowedRanges.add(AddressRange.parse(cidr));
      return this;
    }

    /**
     * @throws IllegalArgumentException naming the first invalid value
     */
    public FetcherConfig build() {
      return new FetcherConfig(
          userAgent,
          connectTimeout,
          readTimeout,
          maxBytes,
          failOnOversize,
          maxRedirects,
          maxAttempts,
          retryBaseDelay,
          retryMaxDelay,
          maxConnectionsPerHost,
          minDelayPerHost,
          maxCrawlDelay,
          robotsTtl,
          respectRobots,
          allowPrivateNetworks,
          allowedRanges);
    }
  }
}
