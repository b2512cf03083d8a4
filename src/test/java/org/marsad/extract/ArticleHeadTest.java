package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;
import org.marsad.text.dates.ArabicDateParser;
import org.marsad.text.dates.DatelineReader;

/**
 * The headline and date line printed at the top of the article (as Levantine and Gulf news sites
 * lay it out) are metadata; the page's own date line beats the other dates on the page.
 */
class ArticleHeadTest {

  private static final String P1 =
      "أقر مجلس الوزراء في جلسته الأسبوعية مشروع موازنة العام المقبل، بعجز متوقع يبلغ ثلاثة في"
          + " المئة من الناتج المحلي الإجمالي.";
  private static final String P2 =
      "وقال وزير المالية إن الموازنة تركز على الإنفاق الاجتماعي ودعم القطاعات الإنتاجية، وإن"
          + " الحكومة ستحيلها إلى البرلمان خلال أيام.";

  private final HtmlArticleExtractor extractor =
      new HtmlArticleExtractor(ExtractionLimits.DEFAULT, extractorDates());

  private ExtractedArticle extract(String html) {
    return extractor.extract(
        new Page(html.getBytes(StandardCharsets.UTF_8), null, "https://x.example/a/1", false));
  }

  /** A page with dates everywhere but in its markup: script, comment, ticker, related, footer. */
  private static String page(String dateLine) {
    return "<html><head><title>الحكومة تقر موازنة العام المقبل - الموقع</title>"
        + "<script>var cacheTime = '2024-01-15T10:00:00Z'; var d = 'نشر في 1 يناير 2020';</script>"
        + "</head><body><!-- page cached 2024-01-15 10:00 -->"
        + "<header><ul class='ticker'><li><a href='/x'>خبر عاجل</a> <span>3 مارس 2024</span></li>"
        + "</ul></header><div class='main'><article><h1>الحكومة تقر موازنة العام المقبل</h1>"
        + dateLine
        + "<p>"
        + P1
        + "</p><p>"
        + P2
        + "</p></article><div class='related'><h3>أخبار ذات صلة</h3><ul>"
        + "<li><a href='/a'>الحكومة تناقش الضرائب</a> 5 حزيران / يونيو 2019</li>"
        + "<li><a href='/b'>البرلمان يجتمع لمناقشة القوانين</a> 6 حزيران 2019</li></ul></div>"
        + "</div><footer>© 2024 جميع الحقوق محفوظة - 1 يناير 2024</footer></body></html>";
  }

  @Test
  void dateLineUnderTheHeadlineIsThePublishedDate() {
    ExtractedArticle a =
        extract(
            page("<div class='meta'>نشر في: الأحد 12 تشرين الأول/أكتوبر 2021 10:05 صباحاً</div>"));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2021-10-12T10:05:00Z"));
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void datesInScriptsCommentsTickersRelatedItemsAndCopyrightAreNotThePagesDate() {
    ExtractedArticle a = extract(page(""));
    assertThat(a.published()).isNull();
    assertThat(a.paragraphs()).containsExactly(P1, P2);
  }

  @Test
  void publicationLineBeatsTheUpdateLineBeforeIt() {
    ExtractedArticle a =
        extract(
            page(
                "<p class='updated'>آخر تحديث: 9 حزيران / يونيو 2019</p>"
                    + "<p class='date'>نشر في: 7 حزيران / يونيو 2019</p>"));
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-06-07T00:00:00Z"));
  }

  @Test
  void headlineAndDateLineRepeatedAtTheTopOfTheContainerAreNotBody() {
    ExtractedArticle a =
        extract(
            "<html><head><title>الحكومة تقر موازنة العام المقبل | موقع الأخبار</title>"
                + "<meta property='og:site_name' content='موقع الأخبار'></head><body>"
                + "<div id='content'><h2>الحكومة تقر موازنة العام المقبل</h2>"
                + "<p>تاريخ النشر: 7 حزيران / يونيو 2019 - 10:30 ص &nbsp; آخر تحديث: 8 حزيران /"
                + " يونيو 2019</p><p>"
                + P1
                + "</p><p>"
                + P2
                + "</p></div></body></html>");
    assertThat(a.title()).isEqualTo("الحكومة تقر موازنة العام المقبل");
    assertThat(a.paragraphs()).containsExactly(P1, P2);
    assertThat(a.published()).isEqualTo(OffsetDateTime.parse("2019-06-07T10:30:00Z"));
  }

  @Test
  void onlyTheTopBeforeTheFirstProseParagraphIsMetadata() {
    String title = "الحكومة تقر موازنة العام المقبل";
    String dateLine = "نشر في 3 آب (أغسطس) 2021";
    assertThat(
            ArticleHead.strip(
                List.of(title, "بقلم: سامر الأحمد", dateLine, P1, dateLine, title, P2),
                Arrays.asList(title, null),
                extractorDates()))
        .containsExactly("بقلم: سامر الأحمد", P1, dateLine, title, P2);
  }

  private static DatelineReader extractorDates() {
    return new DatelineReader(
        new ArabicDateParser(), Clock.fixed(Instant.parse("2024-02-01T00:00:00Z"), ZoneOffset.UTC));
  }
}
