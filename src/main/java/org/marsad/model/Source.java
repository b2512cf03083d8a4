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
 * @param groupDuplicates whether its articles are grouped with their copies from other sources (on
 *     by default; off for a source whose articles are wrongly taken for copies)
 */
public record Source(
    long id, String url, String title, Kind kind, Duration pollInterval, boolean groupDuplicates) {

  /** A source whose articles are grouped with their copies, as by default. */
  public Source(long id, String url, String title, Kind kind, Duration pollInterval) {
    this(id, url, title, kind, pollInterval, true);
  }

  /** What a source serves; feeds are sniffed on first fetch. */
  public enum Kind {
    UNKNOWN,
    FEED,
    SITEMAP,
    PAGE
  }

  public Source withId(long newId) {
    return new Source(newId, url, title, kind, pollInterval, groupDuplicates);
  }

  public Source withGroupDuplicates(boolean grouped) {
    return new Source(id, url, title, kind, pollInterval, grouped);
  }
}
