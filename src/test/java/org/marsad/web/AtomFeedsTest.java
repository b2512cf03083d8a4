package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.Article;

class AtomFeedsTest {
  private static Article article(long id, String url, String title, String summary, String body) {
    Instant at = Instant.parse("2026-11-30T10:00:00Z");
    return new Article(
        id, url, null, 0, "مصدر", title, body, summary, at, at, null, null, List.of());
  }

  @Test
  void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
    assertThat(AtomFeeds.xmlSafe("غزة\u0000\u0007\uFFFE\uD800 ok\uDC00 😀\t\n"))
        .isEqualTo("غزة ok 😀\t\n");
  }

  @Test
  void summariesAreTextWithoutMarkupCutToTheLimitAndOnlyWebLinksGoOut() throws Exception {
    String xml =
        AtomFeeds.feed(
            "http://127.0.0.1:8080",
            "/feeds/search?q=x",
            "مرصد",
            List.of(
                article(
                    7,
                    "javascript:alert(1)",
                    "عنوان",
                    "<a href=\"javascript:alert(1)\">اضغط</a><script>x()</script> هنا",
                    "نص"),
                article(8, "https://a.example/8", "عنوان", null, "ك".repeat(600))));
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    SyndEntry first = feed.getEntries().get(0);
    assertThat(first.getDescription().getType()).isEqualTo("text");
    assertThat(first.getDescription().getValue()).isEqualTo("اضغط هنا");
    assertThat(first.getLinks())
        .extracting(SyndLink::getHref)
        .containsExactly("http://127.0.0.1:8080/articles/7");
    assertThat(xml).doesNotContain("javascript:").doesNotContain("<script");
    assertThat(feed.getEntries().get(1).getDescription().getValue())
        .hasSize(AtomFeeds.SUMMARY_CHARS + 1)
        .endsWith("…");
  }
}
