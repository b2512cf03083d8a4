package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Fixtures;
import org.marsad.testing.Reliability;

class FeedParserTest {
  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture, String contentType) {
    return parser.parse(Fixtures.bytes(fixture), contentType, "https://feeds.example.org/feed");
  }

  @Test
  void readsRss2WithArabicTextContentAuthorsAndCategories() {
    ParsedFeed feed = parse("rss2-arabic.xml", "application/rss+xml");

    assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
    assertThat(feed.title()).isEqualTo("أخبار مرصد التجريبية");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.guid()).isEqualTo("urn:marsad:test:1");
    assertThat(first.title()).isEqualTo("ارتفاع أسعار النفط & الذهب");
    assertThat(first.summary()).isEqualTo("<p>ارتفعت أسعار النفط اليوم.</p>");
    assertThat(first.published()).isEqualTo(Instant.parse("2018-02-16T18:08:10Z"));
    assertThat(first.author()).isEqualTo("وكالة الأنباء");
    assertThat(first.categories()).containsExactly("اقتصاد", "طاقة");
    FeedItem second = feed.items().get(1);
    assertThat(second.link()).isEqualTo("https://feeds.example.org/sport/final");
    assertThat(second.guid()).isEqualTo(second.link());
    assertThat(second.content()).contains("فاز الفريق");
    assertThat(feed.problems()).containsExactly("1 items without link or id dropped");
  }

  @Test
  void readsAtomWithHtmlTitleAsPlainText() {
    ParsedFeed feed = parse("atom-arabic.xml", null);

    assertThat(feed.format()).isEqualTo(FeedFormat.ATOM);
    assertThat(feed.items())
        .singleElement()
        .satisfies(
            item -> {
              assertThat(item.guid()).isEqualTo("urn:marsad:atom:1");
              assertThat(item.link()).isEqualTo("https://tech.example.org/2018/phone");
              assertThat(item.title()).isEqualTo("هاتف جديد في الأسواق");
              assertThat(item.content()).isEqualTo("<p>أعلنت الشركة عن هاتف جديد.</p>");
              assertThat(item.published()).isEqualTo(Instant.parse("2018-03-01T06:30:00Z"));
              assertThat(item.author()).isEqualTo("سارة");
              assertThat(item.categories()).containsExactly("تقنية");
            });
  }

  @Test
  void readsRss1RdfAndRss091WithNetscapeDoctype() {
    ParsedFeed rdf = parse("rss1-rdf.xml", null);
    assertThat(rdf.format()).isEqualTo(FeedFormat.RSS);
    assertThat(rdf.items()).extracting(FeedItem::title).containsExactly("خبر RDF");
    assertThat(rdf.items().get(0).published()).isEqualTo(Instant.parse("2018-02-20T08:00:00Z"));

    ParsedFeed old = parse("rss091-doctype.xml", null);
    assertThat(old.format()).isEqualTo(FeedFormat.RSS);
    assertThat(old.items()).extracting(FeedItem::title).containsExactly("Café opens");
  }

  @Test
  void decodesWindows1256FromTheXmlDeclarationEvenWhenTheHeaderSaysUtf8() {
    ParsedFeed feed = parse("rss2-windows-1256.xml", "text/xml; charset=utf-8");

    assertThat(feed.problems()).isEmpty();
    assertThat(feed.title()).isEqualTo("موجز بترميز ويندوز 1256");
    assertThat(feed.items())
        .extracting(FeedItem::title)
        .containsExactly("الرئيس يستقبل الوفد الزائر");
  }

  @Test
  void usesTheHeaderCharsetWhenTheDocumentDeclaresNone() {
    String rss =
        "<rss version=\"2.0\"><channel><title>عنوان</title><link>https://x.example.org/</link>"
            + "<item><title>خبر</title><link>https://x.example.org/1</link></item></channel></rss>";
    ParsedFeed feed =
        parser.parse(
            rss.getBytes(java.nio.charset.Charset.forName("windows-1256")),
            "application/rss+xml; charset=windows-1256",
            null);

    assertThat(feed.title()).isEqualTo("عنوان");
  }

  @Test
  void aByteOrderMarkWinsOverEverythingElse() {
    byte[] body =
        "<rss version=\"2.0\"><channel><title>عنوان</title></channel></rss>"
            .getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[body.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(body, 0, withBom, 2, body.length);

    assertThat(parser.parse(withBom, "text/xml; charset=iso-8859-1", null).title())
        .isEqualTo("عنوان");
  }

  @Test
  void readsJsonFeed11And10Authors() {
    ParsedFeed feed = parse("jsonfeed-1.1.json", "application/feed+json");

    assertThat(feed.format()).isEqualTo(FeedFormat.JSON_FEED);
    assertThat(feed.title()).isEqualTo("موجز JSON");
    assertThat(feed.items()).hasSize(2);
    FeedItem first = feed.items().get(0);
    assertThat(first.content()).isEqualTo("<p>نص الخبر الأول.</p>");
    assertThat(first.summary()).isEqualTo("ملخص");
    assertThat(first.published()).isEqualTo(Instant.parse("2018-02-16T18:08:10Z"));
    assertThat(first.updated()).isEqualTo(Instant.parse("2018-02-17T08:00:00Z"));
    assertThat(first.author()).isEqualTo("أحمد");
    assertThat(first.categories()).containsExactly("سياسة", "عالم");
    FeedItem second = feed.items().get(1);
    assertThat(second.guid()).isEqualTo("2");
    assertThat(second.link()).isEqualTo("https://other.example.org/b");
    assertThat(second.author()).isEqualTo("JSON 1.0 author");
  }

  @Test
  void readsNewsSitemapNewestFirstWithKeywords() {
    ParsedFeed feed = parse("news-sitemap.xml", null);

    assertThat(feed.format()).isEqualTo(FeedFormat.SITEMAP);
    assertThat(feed.title()).isEqualTo("صحيفة المثال");
    assertThat(feed.items()).extracting(FeedItem::title).containsExactly("خبر أحدث", "خبر أقدم");
    FeedItem newer = feed.items().get(0);
    assertThat(newer.published()).isEqualTo(Instant.parse("2018-02-17T08:15:00Z"));
    assertThat(newer.categories()).containsExactly("اقتصاد", "نفط", "أسواق");
    assertThat(newer.needsFullText()).isTrue();
  }

  @Test
  void readsSitemapIndexChildren() {
    ParsedFeed feed = parse("sitemap-index.xml", null);

    assertThat(feed.format()).isEqualTo(FeedFormat.SITEMAP_INDEX);
    assertThat(feed.sitemaps())
        .containsExactly(
            "https://site.example.org/sitemap-news.xml",
            "https://site.example.org/sitemap-2018.xml");
  }

  @Test
  void readsMalformedXmlWithRawAmpersandLeniently() {
    ParsedFeed feed = parse("malformed-amp.xml", null);

    assertThat(feed.format()).isEqualTo(FeedFormat.RSS);
    assertThat(feed.items())
        .extracting(FeedItem::title)
        .containsExactly("الاقتصاد & المال", "خبر ثان");
    assertThat(feed.items().get(0).link()).isEqualTo("https://broken.example.org/a?x=1&y=2");
    assertThat(feed.problems()).singleElement().asString().startsWith("malformed XML");
  }

  @Test
  void refusesTheBillionLaughsQuickly() {
    long start = System.nanoTime();
    ParsedFeed feed = parse("billion-laughs.xml", null);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(feed.isFeed()).isFalse();
    assertThat(feed.problems())
        .anyMatch(p -> p.startsWith("refused: the document declares XML entities"));
  }

  @Test
  void refusesExternalEntitiesWithoutReadingThem() {
    ParsedFeed feed = parse("xxe.xml", null);

    assertThat(feed.isFeed()).isFalse();
    assertThat(feed.items()).isEmpty();
    assertThat(feed.problems()).anyMatch(p -> p.startsWith("refused"));
  }

  @Test
  void saysHtmlIsNotAFeed() {
    ParsedFeed feed = parse("html-page.html", "application/rss+xml");

    assertThat(feed.isFeed()).isFalse();
    assertThat(feed.problems()).containsExactly("not a feed: looks like HTML");
  }

  @Test
  void saysOpmlAndGarbageAreNotFeeds() {
    assertThat(parse("feeds.opml", null).problems())
        .containsExactly("not a feed: an OPML list of feeds (import it as sources)");
    assertThat(parser.parse("hello".getBytes(StandardCharsets.UTF_8), null, null).problems())
        .containsExactly("not a feed: neither XML nor JSON");
    assertThat(parser.parse(new byte[0], null, null).problems())
        .containsExactly("not a feed: empty document");
    assertThat(parser.parse("{\"a\":".getBytes(StandardCharsets.UTF_8), null, null).problems())
        .singleElement()
        .asString()
        .startsWith("not a feed: malformed JSON");
  }

  @Test
  void capsItemsAndBytes() {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < 30; i++) {
      rss.append("<item><link>https://x.example.org/").append(i).append("</link></item>");
    }
    rss.append("</channel></rss>");
    byte[] bytes = rss.toString().getBytes(StandardCharsets.UTF_8);

    ParsedFeed fewItems = new FeedParser(10, 1 << 20).parse(bytes, null, null);
    assertThat(fewItems.items()).hasSize(10);
    assertThat(fewItems.problems()).containsExactly("feed cut at 10 of 30 items (feed.max-items)");

    ParsedFeed cut = new FeedParser(1000, 600).parse(bytes, null, null);
    assertThat(cut.problems()).first().asString().startsWith("document cut at 600");
    assertThat(cut.items()).hasSizeBetween(5, 12);
  }

  @Test
  void refusesAbsurdNestingInXmlAndJson() {
    String deepXml =
        "<rss version=\"2.0\"><channel><item><link>https://x.example.org/1</link><description>"
            + "<a>".repeat(50_000)
            + "x"
            + "</a>".repeat(50_000)
            + "</description></item></channel></rss>";
    String deepJson =
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"items\":"
            + "[".repeat(50_000)
            + "]".repeat(50_000)
            + "}";

    ParsedFeed xml = parser.parse(deepXml.getBytes(StandardCharsets.UTF_8), null, null);
    ParsedFeed json = parser.parse(deepJson.getBytes(StandardCharsets.UTF_8), null, null);

    assertThat(xml.isFeed()).isFalse();
    assertThat(xml.problems()).last().asString().contains("maxElementDepth");
    assertThat(json.isFeed()).isFalse();
    assertThat(json.problems()).singleElement().asString().contains("nesting depth");
  }

  private static String rssItems(int count) {
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
    for (int i = 0; i < count; i++) {
      rss.append("<item><title>خبر ")
          .append(i)
          .append("</title><link>https://x.example.org/")
          .append(i)
          .append("</link></item>");
    }
    return rss.append("</channel></rss>").toString();
  }

  @Test
  void aGiantFeedIsCutAtTheItemLimitAndSaysSoInRssJsonAndSitemaps() {
    int total = 100_000;
    byte[] rss = rssItems(total).getBytes(StandardCharsets.UTF_8);
    StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",");
    json.append("\"items\":[");
    StringBuilder sitemap = new StringBuilder("<urlset>");
    for (int i = 0; i < total; i++) {
      json.append(i == 0 ? "" : ",").append("{\"url\":\"https://x.example.org/").append(i);
      json.append("\"}");
      sitemap.append("<url><loc>https://x.example.org/").append(i).append("</loc></url>");
    }
    json.append("]}");
    sitemap.append("</urlset>");

    long start = System.nanoTime();
    ParsedFeed fromRss = parser.parse(rss, null, null);
    long rssMillis = (System.nanoTime() - start) / 1_000_000;
    ParsedFeed fromJson =
        parser.parse(json.toString().getBytes(StandardCharsets.UTF_8), null, null);
    ParsedFeed fromSitemap =
        parser.parse(sitemap.toString().getBytes(StandardCharsets.UTF_8), null, null);

    String cut = "feed cut at 1,000 of 100,000 items (feed.max-items)";
    for (ParsedFeed feed : new ParsedFeed[] {fromRss, fromJson, fromSitemap}) {
      assertThat(feed.items()).hasSize(FeedParser.DEFAULT_MAX_ITEMS);
      assertThat(feed.problems()).containsExactly(cut);
    }
    assertThat(fromRss.items().get(999).link()).isEqualTo("https://x.example.org/999");
    Reliability.record(
        "bad-input",
        "FeedParserTest.aGiantFeedIsCutAtTheItemLimitAndSaysSoInRssJsonAndSitemaps",
        "RSS, JSON Feed and sitemap of 100,000 items each",
        "first 1,000 kept; the cut named with feed.max-items in the problems",
        "RSS " + rss.length + " bytes parsed in " + rssMillis + " ms; 1,000 of 100,000 kept x3");
  }

  @Test
  void hugeFieldsAreCutOrTheItemRefusedNamingTheLimit() {
    String hugeUrl = "https://x.example.org/" + "a".repeat(1_900_000);
    String hugeTitle = "عنوان ".repeat(200_000);
    String hugeDescription = "وصف الخبر ".repeat(500_000);
    String rss =
        "<rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>ok</title><link>"
            + hugeUrl
            + "</link></item>"
            + "<item><title>"
            + hugeTitle
            + "</title><link>https://x.example.org/1</link><description>"
            + hugeDescription
            + "</description></item></channel></rss>";
    byte[] bytes = rss.getBytes(StandardCharsets.UTF_8);

    ParsedFeed feed = new FeedParser(1000, 64 << 20).parse(bytes, null, null);

    assertThat(feed.items())
        .singleElement()
        .extracting(FeedItem::link)
        .isEqualTo("https://x.example.org/1");
    FeedItem item = feed.items().get(0);
    assertThat(item.title()).hasSize(1_000).isEqualTo(hugeTitle.substring(0, 1_000));
    assertThat(item.summary()).hasSize(20_000);
    assertThat(feed.problems())
        .containsExactly(
            "1 item refused: URL longer than 2,048 characters (article.max-url-chars; longest"
                + " 1,900,022)",
            "title cut at 1,000 characters in 1 item (article.max-title-chars; longest"
                + " 1,199,999)",
            "summary cut at 20,000 characters in 1 item (article.max-summary-chars; longest"
                + " 5,000,000)");
    Reliability.record(
        "bad-input",
        "FeedParserTest.hugeFieldsAreCutOrTheItemRefusedNamingTheLimit",
        "RSS items with a 1.9 MB link, a 1.2 M-character title and a 5 M-char description",
        "the item with the link refused, title and summary cut, each with its config key",
        bytes.length
            + " bytes in; 1 refused, title 1,199,999 -> 1,000, summary 5,000,000 -> 20,000");
  }

  @Test
  void aCutDocumentIsReadAsFarAsItGoesWithoutCallingItMalformed() {
    byte[] whole = rssItems(40).getBytes(StandardCharsets.UTF_8);
    byte[] start = java.util.Arrays.copyOf(whole, whole.length / 2);

    ParsedFeed cut = parser.parse(start, null, null, true);
    ParsedFeed unknown = parser.parse(start, null, null);

    assertThat(cut.isFeed()).isTrue();
    assertThat(cut.items()).hasSizeBetween(15, 20);
    assertThat(cut.problems()).as("the caller reports the cut").isEmpty();
    assertThat(unknown.problems()).singleElement().asString().startsWith("malformed XML");
    Reliability.record(
        "bad-input",
        "FeedParserTest.aCutDocumentIsReadAsFarAsItGoesWithoutCallingItMalformed",
        "an RSS feed cut in the middle, as a fetch at its byte cap leaves it",
        "the items before the cut are read and no problem calls it malformed XML",
        start.length
            + " of "
            + whole.length
            + " bytes; "
            + cut.items().size()
            + " of 40 items read");
  }
}
