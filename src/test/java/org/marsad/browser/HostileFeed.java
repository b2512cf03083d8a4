package org.marsad.browser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.marsad.testing.AntFeeds;
import org.marsad.testing.LoopbackServer;

/**
 * A feed whose items carry what a hostile publisher would: a {@code <script>}, an {@code <img
 * onerror>}, an {@code <svg onload>}, {@code javascript:} links and an {@code <iframe>}, in the
 * title, the summary and the content. Each payload records that it ran the way a page cannot hide:
 * it sets {@code window.__pwned}, requests {@code /pwned} on the loopback server that serves the
 * feed, and opens an alert. Items are long enough to be stored as they are (no page to fetch) and
 * carry {@link #PROBE} so a search finds them; they are dated in the ANT sample's months, since
 * items from today would be the only "recent" stories and hide the imported ones from the home.
 */
final class HostileFeed {
  /** A word only the hostile items contain. */
  static final String PROBE = "marsadhostileprobe";

  static final String FEED_PATH = "/hostile.xml";
  static final String PWNED_PATH = "/pwned";
  static final int ITEMS = 3;

  private HostileFeed() {}

  /** Serves the feed (and, should the fetcher want them, its items' pages) on {@code server}. */
  static URI serve(LoopbackServer server, List<AntFeeds.Article> fillers) {
    String payload = payload(server.url(PWNED_PATH));
    StringBuilder rss = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    rss.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n")
        .append("<channel><title>مصدر معاد</title><link>")
        .append(server.url("/"))
        .append("</link>\n");
    ZonedDateTime dated = ZonedDateTime.of(2018, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC);
    for (int i = 0; i < ITEMS; i++) {
      String html = hostileHtml(payload, fillers.get(i % fillers.size()).text(), i);
      String link = server.url("/hostile/" + i).toString();
      rss.append("<item><title>")
          .append(
              AntFeeds.escape("خبر " + PROBE + " رقم " + i + " <script>" + payload + "</script>"))
          .append("</title><link>")
          .append(link)
          .append("</link><guid>")
          .append(link)
          .append("</guid><pubDate>")
          .append(dated.minusMinutes(10L * (i + 1)).format(DateTimeFormatter.RFC_1123_DATE_TIME))
          .append("</pubDate><description>")
          .append(AntFeeds.escape("<img src=\"x\" onerror=\"" + payload + "\"> " + PROBE))
          .append("</description><content:encoded><![CDATA[")
          .append(html)
          .append("]]></content:encoded></item>\n");
      server.on(
          "/hostile/" + i,
          LoopbackServer.fixed(
              200,
              "text/html; charset=utf-8",
              ("<html><head><title>" + PROBE + "</title></head><body><article>" + html)
                  .concat("</article></body></html>")
                  .getBytes(StandardCharsets.UTF_8)));
    }
    rss.append("</channel></rss>\n");
    server.on(
        FEED_PATH,
        LoopbackServer.fixed(
            200,
            "application/rss+xml; charset=utf-8",
            rss.toString().getBytes(StandardCharsets.UTF_8)));
    server.on(PWNED_PATH, LoopbackServer.fixed(204, null, new byte[0]));
    return server.url(FEED_PATH);
  }

  /** Script that records its own execution three ways. */
  private static String payload(URI pwned) {
    return "window.__pwned=1;new Image().src='" + pwned + "';alert(1)";
  }

  private static String hostileHtml(String payload, String filler, int item) {
    String attribute = payload.replace("'", "&#39;");
    return "<p>"
        + PROBE
        + " "
        + AntFeeds.escape(filler)
        + "</p><script>"
        + payload
        + "</script><img src=\"x\" onerror=\""
        + attribute
        + "\"><svg onload=\""
        + attribute
        + "\"></svg><p><a href=\"javascript:"
        + attribute
        + "\">اقرأ المزيد "
        + item
        + "</a> <a href=\"JaVaScRiPt:"
        + attribute
        + "\">رابط</a></p><iframe src=\"javascript:"
        + attribute
        + "\"></iframe><p style=\"background:url(javascript:"
        + attribute
        + ")\">"
        + PROBE
        + "</p>";
  }
}
