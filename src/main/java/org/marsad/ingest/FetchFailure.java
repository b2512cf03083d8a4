package org.marsad.ingest;

/** Why a fetch failed; {@link #retryable()} failures are tried again with backoff. */
public enum FetchFailure {
  /** A URL that is not absolute http or https. */
  BAD_URL(false),
  /** Resolved to a private, loopback or link-local address not allowed by configuration. */
  PRIVATE_ADDRESS(false),
  /** The host's robots.txt disallows the path for our User-Agent. */
  ROBOTS_DISALLOWED(false),
  /** Connect or total request time exceeded. */
  TIMEOUT(true),
  /** Connection refused, reset, DNS failure and other I/O errors. */
  CONNECTION(true),
  /** A 5xx status. */
  SERVER_ERROR(true),
  /** A 429 Too Many Requests: retried, after the server's Retry-After when it gives one. */
  RATE_LIMITED(true),
  /** A 4xx status, or another status that is neither 2xx, 304 nor a redirect. */
  HTTP_STATUS(false),
  /** More redirects than allowed, or a redirect without a usable Location. */
  REDIRECTS(false),
  /** The body exceeded the byte cap and the configuration fails oversize responses. */
  TOO_LARGE(false),
  /** The Content-Encoding could not be decoded. */
  BAD_ENCODING(false),
  /** The fetching thread was interrupted (shutdown). */
  INTERRUPTED(false);

  private final boolean retryable;

  FetchFailure(boolean retryable) {
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
