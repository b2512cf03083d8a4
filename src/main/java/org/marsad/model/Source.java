package org.marsad.model;

import java.time.Duration;

/**
 * A followed source: a feed, a sitemap or a single page.
 *
 * @param id the store's id, or 0 before it is stored
 * @param url the address polled (feeds) or fetched (pages)
 * @param title a display name, or null until known
 * @param kind what the address serves, {@code UNKNOWN} until first sniffed
 * @param pollInterval how often the scheduler polls it at most
 */
public record Source(long id, String url, String title, Kind kind, Duration pollInterval) {

  /** What a source serves; feeds are sniffed on first fetch. */
  public enum Kind {
    UNKNOWN,
    FEED,
    SITEMAP,
    PAGE
  }

  public Source withId(long newId) {
    return new Source(newId, url, title, kind, pollInterval);
  }
}
