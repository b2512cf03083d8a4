package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Item dates as Arabic sites write them in RSS {@code pubDate} (forms seen on Egyptian, Gulf and
 * Levantine feeds): read by the pages' date parser, not dropped as Rome drops them.
 */
class FeedItemDatesTest {

  private final FeedParser parser = new FeedParser();

  private static byte[] rss(String pubDate) {
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel>"
            + "<title>أخبار</title><link>https://news.example.org/</link>"
            + "<item><title>افتتاح معرض الكتاب</title><link>https://news.example.org/1</link>"
            + "<pubDate>"
            + pubDate
            + "</pubDate></item></channel></rss>")
        .getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Sun, 12 Feb 2023 10:30:00 +0300; 2023-02-12T07:30:00Z",
        "الأحد، 12 فبراير 2023 10:30 +0300; 2023-02-12T07:30:00Z",
        "الأحد 12 شباط/فبراير 2023 - 10:30 م GMT; 2023-02-12T22:30:00Z",
        "١٢/٠٢/٢٠٢٣ ١٠:٣٠; 2023-02-12T10:30:00Z",
        "2023/02/12 10:30:00; 2023-02-12T10:30:00Z",
        "12-02-2023 10:30 ص; 2023-02-12T10:30:00Z",
        "Sunday, February 12, 2023 - 10:30; 2023-02-12T10:30:00Z",
      })
  void nonRfcAndArabicPubDatesAreRead(String pubDate, Instant expected) {
    ParsedFeed feed = parser.parse(rss(pubDate), null, null);

    assertThat(feed.items()).singleElement().extracting(FeedItem::published).isEqualTo(expected);
    assertThat(feed.problems()).isEmpty();
  }

  @Test
  void anUnreadableDateLeavesTheItemUndatedAndSaysSo() {
    ParsedFeed feed = parser.parse(rss("قريبا"), null, null);

    assertThat(feed.items()).singleElement().extracting(FeedItem::published).isNull();
    assertThat(feed.problems())
        .containsExactly(
            "1 item date unreadable (first: 'قريبا'): such items are dated by when they were"
                + " first seen");
  }
}
