package org.marsad.ingest;

/** The kind of document a feed URL served, as sniffed from its content (not from its URL). */
public enum FeedFormat {
  /** RSS 0.9x, 1.0 (RDF) or 2.0. */
  RSS,
  ATOM,
  /** JSON Feed 1.0 or 1.1 (jsonfeed.org). */
  JSON_FEED,
  /** A {@code <urlset>} sitemap, with or without {@code <news:news>} entries. */
  SITEMAP,
  /** A {@code <sitemapindex>}: its child sitemaps are in {@link ParsedFeed#sitemaps()}. */
  SITEMAP_INDEX,
  /**
   * An HTML page, not a feed: an article when followed as a page source; the feeds it advertises
   * are in {@link ParsedFeed#advertised()}.
   */
  HTML_PAGE,
  /** Not a feed (OPML, refused or unreadable); {@link ParsedFeed#problems()} says why. */
  NONE
}
