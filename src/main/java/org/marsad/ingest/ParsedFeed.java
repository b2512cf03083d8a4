package org.marsad.ingest;

import java.util.List;

/**
 * A feed as read: what could be understood plus what was odd. Never null fields except {@code
 * title} and {@code link}.
 *
 * @param format what the document was sniffed as; {@link FeedFormat#NONE} when not a feed
 * @param title the feed's title (news sitemaps: the publication name)
 * @param link the site's home page
 * @param items entries with a link or guid, at most the parser's item limit
 * @param sitemaps child sitemap URLs of a sitemap index
 * @param problems one line per thing that was wrong or lost, for the fetch log
 */
public record ParsedFeed(
    FeedFormat format,
    String title,
    String link,
    List<FeedItem> items,
    List<String> sitemaps,
    List<String> problems) {

  public ParsedFeed {
    items = List.copyOf(items);
    sitemaps = List.copyOf(sitemaps);
    problems = List.copyOf(problems);
  }

  /** Not a feed: nothing but the reason. */
  static ParsedFeed none(List<String> problems) {
    return new ParsedFeed(FeedFormat.NONE, null, null, List.of(), List.of(), problems);
  }

  /** An HTML page; {@code advertised} are the feeds it links to (in {@link #sitemaps()}). */
  static ParsedFeed htmlPage(String url, List<String> advertised, List<String> problems) {
    return new ParsedFeed(FeedFormat.HTML_PAGE, null, url, List.of(), advertised, problems);
  }

  /** The feeds an HTML page advertises (empty for feeds, which list child sitemaps there). */
  public List<String> advertised() {
    return format == FeedFormat.HTML_PAGE ? sitemaps : List.of();
  }

  /** True when the document was a feed or sitemap (possibly empty, possibly with problems). */
  public boolean isFeed() {
    return format != FeedFormat.NONE && format != FeedFormat.HTML_PAGE;
  }
}
