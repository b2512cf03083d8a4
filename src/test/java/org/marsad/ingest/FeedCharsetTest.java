package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Feeds that lie about their charset are read right, and the lie is reported. */
class FeedCharsetTest {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final String TITLE = "الحكومة تعلن خطة لمكافحة الإرهاب في المدن الكبرى";

  private final FeedParser parser = new FeedParser();

  private static String rss(String declaration) {
    return declaration
        + "<rss version=\"2.0\"><channel><title>"
        + TITLE
        + "</title><link>https://x.example.org/</link><item><title>"
        + TITLE
        + "</title><link>https://x.example.org/1</link></item></channel></rss>";
  }

  @Test
  void windows1256BytesServedAsUtf8AreDetected() {
    ParsedFeed feed =
        parser.parse(rss("").getBytes(WINDOWS_1256), "application/rss+xml; charset=utf-8", null);

    assertThat(feed.title()).isEqualTo(TITLE);
    assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo(TITLE);
    assertThat(feed.problems())
        .anySatisfy(p -> assertThat(p).contains("UTF-8").contains("windows-1256"));
  }

  @Test
  void iso88596BytesDeclaredAsUtf8InTheXmlDeclarationAreDetected() {
    ParsedFeed feed =
        parser.parse(
            rss("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").getBytes(ISO_8859_6), null, null);

    assertThat(feed.title()).isEqualTo(TITLE);
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).contains("ISO-8859-6"));
  }

  @Test
  void utf8BytesDeclaredLatin1AreReadAsUtf8NotMojibake() {
    ParsedFeed feed =
        parser.parse(
            rss("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>").getBytes(StandardCharsets.UTF_8),
            "text/xml; charset=iso-8859-1",
            null);

    assertThat(feed.title()).isEqualTo(TITLE);
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).contains("bytes are UTF-8"));
  }

  @Test
  void anHonestDeclarationRaisesNoProblem() {
    ParsedFeed feed =
        parser.parse(
            rss("<?xml version=\"1.0\" encoding=\"windows-1256\"?>").getBytes(WINDOWS_1256),
            "text/xml; charset=utf-8",
            null);

    assertThat(feed.title()).isEqualTo(TITLE);
    assertThat(feed.problems()).isEmpty();
  }

  @Test
  void utf16DeclaredWithoutByteOrderMarkIsTrusted() {
    ParsedFeed feed =
        parser.parse(
            rss("").getBytes(StandardCharsets.UTF_16LE), "text/xml; charset=UTF-16LE", null);

    assertThat(feed.title()).isEqualTo(TITLE);
  }

  @Test
  void undeclaredWindows1256FeedIsDetected() {
    ParsedFeed feed = parser.parse(rss("").getBytes(WINDOWS_1256), null, null);

    assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo(TITLE);
  }

  /** UTF-8 once read as windows-1256 and saved again as UTF-8, as old Arabic CMS feeds carry it. */
  @Test
  void mojibakeInAFeedIsRepairedAsInPages() {
    String mojibake = new String(TITLE.getBytes(StandardCharsets.UTF_8), WINDOWS_1256);
    ParsedFeed feed =
        parser.parse(
            rss("<?xml version=\"1.0\" encoding=\"utf-8\"?>")
                .replace(TITLE, mojibake)
                .getBytes(StandardCharsets.UTF_8),
            "application/rss+xml; charset=utf-8",
            null);

    assertThat(feed.title()).isEqualTo(TITLE);
    assertThat(feed.items()).singleElement().extracting(FeedItem::title).isEqualTo(TITLE);
    assertThat(feed.problems()).anySatisfy(p -> assertThat(p).contains("mojibake"));
  }
}
