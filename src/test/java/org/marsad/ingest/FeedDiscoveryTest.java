package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Fixtures;

class FeedDiscoveryTest {
  private static final String PAGE =
      "<!DOCTYPE html><html lang=\"ar\"><head><title>الرئيسية</title>"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\"/rss.xml\">"
          + "<link rel=\"Alternate\" type=\"application/atom+xml\" href=\"https://cdn.example.org/atom\">"
          + "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\">"
          + "<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">"
          + "<link rel=\"stylesheet\" type=\"text/css\" href=\"/s.css\">"
          + "</head><body>مرحبا</body></html>";

  @Test
  void findsAdvertisedFeedsAsAbsoluteUrlsOnce() {
    assertThat(
            FeedDiscovery.discover(
                PAGE.getBytes(StandardCharsets.UTF_8), "text/html", "https://news.example.org/ar/"))
        .containsExactly("https://news.example.org/rss.xml", "https://cdn.example.org/atom");
  }

  @Test
  void theParserNamesThemWhenAPageIsServedAsAFeed() {
    ParsedFeed feed =
        new FeedParser()
            .parse(PAGE.getBytes(StandardCharsets.UTF_8), null, "https://news.example.org/ar/");

    assertThat(feed.problems())
        .containsExactly(
            "not a feed: looks like HTML; the page advertises https://news.example.org/rss.xml,"
                + " https://cdn.example.org/atom");
  }

  @Test
  void aPageWithoutFeedsGivesNone() {
    assertThat(FeedDiscovery.discover(Fixtures.bytes("html-page.html"), null, null)).isEmpty();
  }
}
