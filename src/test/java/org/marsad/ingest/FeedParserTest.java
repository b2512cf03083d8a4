package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marsad.testing.Fixtures;

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
    assertThat(fewItems.problems()).containsExactly("kept the first 10 of 30 items");

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
}
