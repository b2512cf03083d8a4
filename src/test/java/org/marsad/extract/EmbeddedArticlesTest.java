package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.LinkKind;
import org.marsad.model.Page;

/** A second article after a read-also label in an HTML page is related, never body. */
class EmbeddedArticlesTest {

  private static final String TITLE = "الحكومة تقر خطة لتطوير شبكة السكك الحديدية";
  private static final String MAIN_1 =
      "أقرت الحكومة أمس خطة لتطوير شبكة السكك الحديدية تمتد على عشر سنوات، وتشمل إنشاء خطوط"
          + " جديدة تربط الموانئ بالمدن الصناعية في الشمال والجنوب.";
  private static final String MAIN_2 =
      "وقال وزير النقل إن كلفة خطة السكك الحديدية تقدر بثلاثة مليارات دولار، وإن العمل في الخط"
          + " الأول يبدأ مطلع العام المقبل بتمويل من صندوق التنمية.";
  private static final String MAIN_3 =
      "وأضاف الوزير أن الخطوط الجديدة ستخفض كلفة نقل البضائع إلى النصف، وستوفر آلاف فرص العمل"
          + " للشباب في المحافظات البعيدة عن العاصمة.";
  private static final String OTHER_HEADLINE = "منتخب الشباب يتأهل إلى نهائي كأس آسيا لكرة القدم";
  private static final String OTHER_1 =
      "تأهل منتخب الشباب لكرة القدم إلى نهائي كأس آسيا بعد فوزه على منافسه بهدفين مقابل هدف في"
          + " المباراة التي جرت مساء الثلاثاء على ملعب المدينة الرياضية.";
  private static final String OTHER_2 =
      "وسجل مهاجم المنتخب هدف الفوز في الدقيقة الأخيرة من المباراة، ليقود الشباب إلى النهائي"
          + " الآسيوي للمرة الأولى منذ عشرين عاماً وسط فرحة الجماهير في كأس آسيا.";

  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  private ExtractedArticle extract(String articleInner) {
    String html =
        "<html><head><meta property='og:title' content='"
            + TITLE
            + "'></head><body><nav><a href='/'>الرئيسية</a> <a href='/s'>رياضة</a></nav>"
            + "<div class='story'><h1>"
            + TITLE
            + "</h1>"
            + articleInner
            + "</div><footer>جميع الحقوق محفوظة</footer></body></html>";
    return extractor.extract(
        new Page(html.getBytes(StandardCharsets.UTF_8), null, "https://rail.example/a", false));
  }

  private static String p(String text) {
    return "<p>" + text + "</p>";
  }

  @Test
  void articleAfterBareReadAlsoHeadingIsRelatedNotBody() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + p(MAIN_2)
                + "<h3>إقرأ أيضا</h3><h2>"
                + OTHER_HEADLINE
                + "</h2>"
                + p(OTHER_1)
                + p(OTHER_2));

    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_2);
    assertThat(a.related()).hasSize(1);
    assertThat(a.related().get(0).title()).isEqualTo(OTHER_HEADLINE);
    assertThat(a.related().get(0).body()).isEqualTo(OTHER_1 + "\n\n" + OTHER_2);
    assertThat(a.links()).isEmpty();
  }

  @Test
  void linkedHeadlineTitlesTheRelatedArticleAndIsNoLink() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + p(MAIN_2)
                + "<div class='box'><h4>اقرأ المزيد</h4><h3><a href='/sport/1'>"
                + OTHER_HEADLINE
                + "</a></h3>"
                + p(OTHER_1)
                + p(OTHER_2)
                + "</div>"
                + p(MAIN_3));

    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_2, MAIN_3);
    assertThat(a.related()).extracting(r -> r.title()).containsExactly(OTHER_HEADLINE);
    assertThat(a.links()).isEmpty();
  }

  @Test
  void mainArticleResumingAfterReadAlsoLinkStaysInBody() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + "<h3>اقرأ أيضاً</h3><h4><a href='/sport/1'>"
                + OTHER_HEADLINE
                + "</a></h4>"
                + p(MAIN_3)
                + p(MAIN_2));

    assertThat(a.related()).isEmpty();
    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_3, MAIN_2);
    assertThat(a.links())
        .extracting(l -> l.kind() + " " + l.title())
        .containsExactly(LinkKind.READ_ALSO + " " + OTHER_HEADLINE);
  }

  @Test
  void readAlsoBoxOfHeadlineLinksGivesLinksOnly() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + "<div><h3>اقرأ أيضاً</h3><ul><li><a href='/sport/1'>"
                + OTHER_HEADLINE
                + "</a></li><li><a href='/x/2'>أسعار النفط ترتفع في الأسواق العالمية</a></li>"
                + "</ul></div>"
                + p(MAIN_2));

    assertThat(a.related()).isEmpty();
    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_2);
    assertThat(a.links()).hasSize(2).allMatch(l -> l.kind() == LinkKind.READ_ALSO);
  }

  @Test
  void readAlsoBeforeAnyBodyIsNotRelated() {
    ExtractedArticle a =
        extract("<h3>اقرأ أيضاً</h3><h2>" + OTHER_HEADLINE + "</h2>" + p(OTHER_1) + p(OTHER_2));

    assertThat(a.related()).isEmpty();
  }

  /** The label and the headline in one paragraph, as many Arabic CMSs print it. */
  @Test
  void articleAfterInlineReadAlsoLabelIsRelatedNotBody() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + p(MAIN_2)
                + "<p><strong>إقرأ أيضاً:</strong> "
                + OTHER_HEADLINE
                + "</p>"
                + p(OTHER_1)
                + p(OTHER_2));

    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_2);
    assertThat(a.related()).extracting(r -> r.title()).containsExactly(OTHER_HEADLINE);
    assertThat(a.related().get(0).body()).isEqualTo(OTHER_1 + "\n\n" + OTHER_2);
  }

  @Test
  void articleAfterInlineLinkedReadAlsoHeadingIsRelatedNotBody() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + p(MAIN_2)
                + "<h3>اقرأ أيضا: <a href='/sport/1'>"
                + OTHER_HEADLINE
                + "</a></h3>"
                + p(OTHER_1)
                + p(OTHER_2));

    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_2);
    assertThat(a.related()).extracting(r -> r.title()).containsExactly(OTHER_HEADLINE);
  }

  @Test
  void mainArticleResumingAfterInlineReadAlsoStaysInBody() {
    ExtractedArticle a =
        extract(
            p(MAIN_1)
                + "<p>اقرأ أيضاً: <a href='/sport/1'>"
                + OTHER_HEADLINE
                + "</a></p>"
                + p(MAIN_3)
                + p(MAIN_2));

    assertThat(a.related()).isEmpty();
    assertThat(a.paragraphs()).containsExactly(MAIN_1, MAIN_3, MAIN_2);
  }
}
