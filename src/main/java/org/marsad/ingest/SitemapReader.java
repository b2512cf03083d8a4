package org.marsad.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jdom2.Element;

/**
 * Sitemaps ({@code <urlset>}), Google news sitemaps ({@code <news:news>}: publication name, title,
 * publication date, keywords) and sitemap indexes ({@code <sitemapindex>}). Elements are matched by
 * local name, so sitemaps with a wrong or missing namespace are read too.
 *
 * <p>Items are sorted newest first (by publication date, else lastmod) so that the item limit keeps
 * the newest entries of a large sitemap.
 */
final class SitemapReader {
  private static final Comparator<FeedItem> NEWEST_FIRST =
      Comparator.comparing(
          (FeedItem item) -> item.published() != null ? item.published() : item.updated(),
          Comparator.nullsLast(Comparator.reverseOrder()));

  private SitemapReader() {}

  static ParsedFeed readUrlset(Element urlset, List<String> problems) {
    List<FeedItem> items = new ArrayList<>();
    String publication = null;
    for (Element url : children(urlset, "url")) {
      String loc = text(child(url, "loc"));
      if (loc == null) {
        continue;
      }
      Instant lastmod = FeedDates.parse(text(child(url, "lastmod")));
      Element news = child(url, "news");
      if (news == null) {
        items.add(new FeedItem(loc, loc, null, null, null, null, lastmod, null, List.of()));
        continue;
      }
      Element pub = child(news, "publication");
      if (publication == null && pub != null) {
        publication = text(child(pub, "name"));
      }
      String keywords = text(child(news, "keywords"));
      items.add(
          new FeedItem(
              loc,
              loc,
              PlainText.of(text(child(news, "title"))),
              null,
              null,
              FeedDates.parse(text(child(news, "publication_date"))),
              lastmod,
              null,
              keywords == null
                  ? List.of()
                  : Arrays.stream(keywords.split(","))
                      .map(String::strip)
                      .filter(k -> !k.isEmpty())
                      .toList()));
    }
    items.sort(NEWEST_FIRST);
    return new ParsedFeed(FeedFormat.SITEMAP, publication, null, items, List.of(), problems);
  }

  static ParsedFeed readIndex(Element index, List<String> problems) {
    List<String> sitemaps = new ArrayList<>();
    for (Element sitemap : children(index, "sitemap")) {
      String loc = text(child(sitemap, "loc"));
      if (loc != null) {
        sitemaps.add(loc);
      }
    }
    return new ParsedFeed(FeedFormat.SITEMAP_INDEX, null, null, List.of(), sitemaps, problems);
  }

  private static List<Element> children(Element parent, String localName) {
    return parent.getChildren().stream().filter(e -> e.getName().equals(localName)).toList();
  }

  private static Element child(Element parent, String localName) {
    for (Element e : parent.getChildren()) {
      if (e.getName().equals(localName)) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.getTextNormalize();
    return text.isEmpty() ? null : text;
  }
}
