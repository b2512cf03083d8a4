package org.marsad.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the feeds an HTML page advertises ({@code <link rel="alternate" type="application/rss+xml"
 * href=...>} and its Atom and JSON Feed siblings), so that a user who adds a site's home page gets
 * its feed. Never throws on bad input.
 */
public final class FeedDiscovery {
  private static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/feed+json",
          "application/rdf+xml");

  private FeedDiscovery() {}

  /**
   * @param html the page as fetched
   * @param contentType the HTTP Content-Type, or null
   * @param baseUrl the page's URL, to make relative links absolute
   * @return absolute feed URLs in page order, without duplicates; empty when none
   */
  public static List<String> discover(byte[] html, String contentType, String baseUrl) {
    return discover(FeedCharset.decode(html, contentType).text(), baseUrl);
  }

  /** The same, for a page already decoded. */
  static List<String> discover(String html, String baseUrl) {
    Document page = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
    Set<String> feeds = new LinkedHashSet<>();
    for (Element link : page.select("link[rel~=(?i)alternate][type][href]")) {
      String type = link.attr("type").strip().toLowerCase(Locale.ROOT);
      String href = link.absUrl("href");
      if (FEED_TYPES.contains(type) && !href.isEmpty()) {
        feeds.add(href);
      }
    }
    return List.copyOf(feeds);
  }
}
