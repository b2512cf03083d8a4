package org.marsad.bench;

import java.util.List;

/**
 * An RSS 2.0 feed of corpus articles as a news site publishes it: title, link, guid, publication
 * date, author, category, the abstract as description and, when asked, the full text as {@code
 * content:encoded}.
 */
final class RssFeed {
  /** An article and the address the feed gives for it. */
  record Item(BenchDoc doc, String link) {}

  private RssFeed() {}

  static String render(String title, String siteUrl, List<Item> items, boolean fullText) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n<channel>\n");
    element(xml, "title", title);
    element(xml, "link", siteUrl);
    element(xml, "language", "ar");
    for (Item item : items) {
      BenchDoc d = item.doc();
      xml.append("<item>\n");
      element(xml, "title", d.title());
      element(xml, "link", item.link());
      element(xml, "guid", item.link());
      element(xml, "pubDate", d.pubDateRaw());
      element(xml, "dc:creator", d.author());
      element(xml, "category", d.category());
      element(xml, "description", d.summary());
      if (fullText) {
        element(xml, "content:encoded", html(d));
      }
      xml.append("</item>\n");
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  /** The body as HTML paragraphs, as feeds carry it. */
  private static String html(BenchDoc d) {
    StringBuilder html = new StringBuilder(d.text().length() + 64);
    for (String paragraph : d.paragraphs()) {
      html.append("<p>").append(NewsPageTemplate.escape(paragraph)).append("</p>");
    }
    return html.toString();
  }

  private static void element(StringBuilder xml, String name, String text) {
    if (!text.isBlank()) {
      xml.append('<')
          .append(name)
          .append('>')
          .append(NewsPageTemplate.escape(text))
          .append("</")
          .append(name)
          .append(">\n");
    }
  }
}
