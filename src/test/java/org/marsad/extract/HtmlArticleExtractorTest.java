package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.LinkKind;
import org.marsad.model.Page;
import org.marsad.text.dates.DatelineReader;

class HtmlArticleExtractorTest {

  private static final String P1 =
      "أعلنت وزارة الصحة اليوم عن افتتاح ثلاثة مستشفيات جديدة في المحافظات الجنوبية، في إطار خطة"
          + " لتحسين الخدمات الطبية.";
  private static final String P2 =
      "وقال الوزير في مؤتمر صحفي إن المستشفيات ستستقبل المرضى ابتداء من الشهر المقبل، وإن العمل"
          + " جار على تجهيز مراكز أخرى.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private ExtractedArticle extract(String html) {
    return extractor.extract(new Page(html.getBytes(StandardCharsets.UTF_8), null, null, false));
  }

  private ExtractedArticle extract(byte[] bytes, String contentType) {
    return extractor.extract(new Page(bytes, contentType, "https://site.example/a/1", false));
  }

  private static String article(String inner) {
    return "<html><head><title>t</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
        + "<div class='story'><p>"
        + P1
        + "</p>"
        + inner
        + "<p>"
        + P2
        + "</p></div></body></html>";
  }

  @Test
  void blockBoundariesSeparateWords() {
    ExtractedArticle a = extract("<html><body>الأمم<div>المتحدة</div></body></html>");
    assertThat(a.body()).doesNotContain("الأممالمتحدة").contains("الأمم").contains("المتحدة");
  }

  @Test
  void brListItemsAndTableCellsSeparateWords() {
    ExtractedArticle a =
        extract(
            "<html><body><p>مجلس<br>الأمن</p><ul><li>الأمم</li><li>المتحدة</li></ul>"
                + "<table><tr><td>جامعة</td><td>الدول</td></tr></table></body></html>");
    assertThat(a.body()).contains("مجلس").contains("الأمن").doesNotContain("مجلسالأمن");
    assertThat(a.body()).doesNotContain("الأممالمتحدة").doesNotContain("جامعةالدول");
  }

  @Test
  void inlineElementsJoinAsWritten() {
    ExtractedArticle a = extract("<html><body><p>ال<b>كتاب</b> الجديد</p></body></html>");
    assertThat(a.paragraphs()).containsExactly("الكتاب الجديد");
  }

  @Test
  void onParagraphPerBlockAndNavigationLeftOut() {
    ExtractedArticle a = extract(article(""));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.body()).isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void readAlsoInsideTheBodyBecomesALink() {
    ExtractedArticle a =
        extract(
            article(
                "<p><b>إقرأ أيضا:</b> <a href='/news/9'>ارتفاع أسعار الخبز في الأسواق</a></p>"));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.links())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.title()).isEqualTo("ارتفاع أسعار الخبز في الأسواق");
              assertThat(l.kind()).isEqualTo(LinkKind.READ_ALSO);
            });
  }

  @Test
  void similarListAfterAHeadingBecomesLinks() {
    ExtractedArticle a =
        extract(
            article(
                "<h4>مقالات مشابهة</h4><ul><li><a href='/a'>خبر أول عن الطقس في المدينة</a></li>"
                    + "<li><a href='/b'>خبر ثان عن حركة المرور صباحا</a></li></ul>"));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.links()).extracting(l -> l.kind()).containsOnly(LinkKind.SIMILAR).hasSize(2);
  }

  @Test
  void tagLineWithoutLinksIsSplitIntoTags() {
    ExtractedArticle a = extract(article("<p>الوسوم: صحة، مستشفيات، الجنوب</p>"));
    assertThat(a.pageTags()).containsExactly("صحة", "مستشفيات", "الجنوب");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void sourceLineSetsSourceWhenMetadataLacksIt() {
    ExtractedArticle a = extract(article("<p>المصدر: وكالة الأنباء الرسمية</p>"));
    assertThat(a.source()).isEqualTo("وكالة الأنباء الرسمية");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void aLongParagraphStartingWithALabelWordIsProse() {
    String share =
        "Share prices fell sharply on Monday after the central bank raised interest rates for the"
            + " third time this year, traders said.";
    ExtractedArticle a = extract(article("<p>" + share + "</p>"));
    assertThat(a.paragraphs()).contains(share);
  }

  @Test
  void jsonLdAuthorsDatesAndPublisher() {
    String html =
        "<html><head><script type='application/ld+json'>[{\"@type\":\"Organization\",\"name\":\"x\"},"
            + "{\"@type\":\"ReportageNewsArticle\",\"headline\":\"عنوان الخبر\",\"author\":\"هدى\","
            + "\"datePublished\":\"2023-11-02 14:05:00\",\"publisher\":{\"name\":\"الجريدة\"}}]"
            + "</script></head><body><p>"
            + P1
            + "</p></body></html>";
    ExtractedArticle a = extract(html);
    assertThat(a.title()).isEqualTo("عنوان الخبر");
    assertThat(a.author()).isEqualTo("هدى");
    assertThat(a.source()).isEqualTo("الجريدة");
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2023-11-02T14:05:00Z"));
  }

  @Test
  void brokenJsonLdIsAProblemNotAnException() {
    ExtractedArticle a =
        extract(
            "<html><head><script type='application/ld+json'>{\"@type\": \"NewsArticle\", "
                + "</script><meta property='og:title' content='عنوان'></head><body><p>"
                + P1
                + "</p></body></html>");
    assertThat(a.title()).isEqualTo("عنوان");
    assertThat(a.problems()).anyMatch(p -> p.startsWith("unreadable JSON-LD"));
  }

  @Test
  void pluggedDateReaderReadsThePublishedDate() {
    OffsetDateTime fixed = OffsetDateTime.parse("2020-01-01T00:00:00Z");
    HtmlArticleExtractor withReader =
        new HtmlArticleExtractor(ExtractionLimits.DEFAULT, text -> java.util.Optional.of(fixed));
    ExtractedArticle a =
        withReader.extract(
            new Page(
                "<html><head><meta property='article:published_time' content='٥ مارس ٢٠٢٤'></head><body><p>x</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8),
                null,
                null,
                false));
    assertThat(a.published()).isEqualTo(fixed);
  }

  @Test
  void defaultReaderReadsArabicMetadataDates() {
    ExtractedArticle a =
        new HtmlArticleExtractor()
            .extract(
                new Page(
                    "<html><head><meta property='article:published_time' content='٥ مارس ٢٠٢٤'></head><body><p>x</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8),
                    null,
                    null,
                    false));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2024-03-05T00:00:00Z"));
  }

  @Test
  void windows1256WithoutDeclarationIsDetected() {
    byte[] bytes =
        article("").replace("<title>t</title>", "").getBytes(Charset.forName("windows-1256"));
    ExtractedArticle a = extract(bytes, null);
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.language()).isEqualTo("ar");
  }

  @Test
  void iso88596WithoutDeclarationIsDetected() {
    String plain = "<html><body><p>" + P1.replace("،", ",") + "</p></body></html>";
    ExtractedArticle a = extract(plain.getBytes(Charset.forName("ISO-8859-6")), null);
    assertThat(a.paragraphs()).containsExactly(P1.replace("،", ","));
  }

  @Test
  void lyingLatinDeclarationOverWindows1256IsReported() {
    byte[] bytes = article("").getBytes(Charset.forName("windows-1256"));
    ExtractedArticle a = extract(bytes, "text/html; charset=iso-8859-1");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.problems()).anyMatch(p -> p.contains("does not fit the bytes"));
  }

  @Test
  void lyingDeclarationOverUtf8IsReadAsUtf8() {
    ExtractedArticle a =
        extract(article("").getBytes(StandardCharsets.UTF_8), "text/html; charset=windows-1256");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.problems()).anyMatch(p -> p.contains("bytes are UTF-8"));
  }

  @Test
  void unknownCharsetIsAProblem() {
    ExtractedArticle a =
        extract(article("").getBytes(StandardCharsets.UTF_8), "text/html; charset=x-klingon");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.problems()).contains("unknown charset declared: x-klingon");
  }

  @Test
  void invalidUtf8BytesAreReplacedAndReported() {
    byte[] good = article("").getBytes(StandardCharsets.UTF_8);
    byte[] bad = Arrays.copyOf(good, good.length + 2);
    bad[good.length] = (byte) 0xC3;
    bad[good.length + 1] = (byte) 0x28;
    ExtractedArticle a = extract(bad, "text/html; charset=utf-8");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.problems()).anyMatch(p -> p.startsWith("invalid UTF-8"));
  }

  @Test
  void mojibakeIsRepaired() {
    String mojibake =
        new String(article("").getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1256"));
    ExtractedArticle a = extract(mojibake);
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.problems()).anyMatch(p -> p.startsWith("mojibake") && p.contains("repaired"));
  }

  @Test
  void emptyPageIsAProblem() {
    ExtractedArticle a = extract(new byte[0], null);
    assertThat(a.body()).isEmpty();
    assertThat(a.problems()).containsExactly("empty page");
  }

  @Test
  void pagesOverTheByteCapAreCut() {
    HtmlArticleExtractor small =
        new HtmlArticleExtractor(
            new ExtractionLimits(1_000, 1_000, 100, 10), DatelineReader.systemUtc());
    String html = "<html><body><p>" + P1.repeat(100) + "</p></body></html>";
    ExtractedArticle a =
        small.extract(new Page(html.getBytes(StandardCharsets.UTF_8), null, null, false));
    assertThat(a.problems()).anyMatch(p -> p.contains("cut at the 1000-byte cap"));
    assertThat(a.body().length()).isLessThan(1_000);
  }

  @Test
  void paragraphCapIsReported() {
    HtmlArticleExtractor small =
        new HtmlArticleExtractor(
            new ExtractionLimits(1 << 20, 1_000, 3, 10), DatelineReader.systemUtc());
    String html = "<html><body>" + ("<p>" + P1 + "</p>").repeat(10) + "</body></html>";
    ExtractedArticle a =
        small.extract(new Page(html.getBytes(StandardCharsets.UTF_8), null, null, false));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.problems()).contains("body cut at 3 paragraphs");
  }

  @Test
  @Timeout(60)
  void hundredThousandLevelsOfNestingNeitherOverflowNorHang() {
    int depth = 100_000;
    String html =
        "<html><body>"
            + "<div>".repeat(depth)
            + "<p>"
            + P1
            + "</p>"
            + "</div>".repeat(depth)
            + "</body></html>";
    ExtractedArticle a = extract(html);
    assertThat(a.body()).isEqualTo(P1);
    assertThat(a.problems()).anyMatch(p -> p.startsWith("elements nested"));
  }
}
