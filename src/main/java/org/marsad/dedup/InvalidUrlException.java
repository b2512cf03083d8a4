package org.marsad.dedup;

/**
 * A URL that cannot name a web article: not http(s), no host, a malformed host or port. Checked on
 * purpose, so that every caller decides what a bad link in its data means (skip it, count it).
 */
public final class InvalidUrlException extends Exception {
  private final String url;

  InvalidUrlException(String reason, String url) {
    super(reason + ": " + url);
    this.url = url;
  }

  /** The URL as it was given. */
  public String url() {
    return url;
  }
}
