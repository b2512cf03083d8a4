package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * Pages whose HTML shows a teaser while their JSON-LD carries the article, as paywalled sites do.
 */
class JsonLdBodyTest {

  private static final String P1 =
      "أعلن البنك المركزي اليوم رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية، في خطوة تهدف إلى"
          + " كبح التضخم الذي بلغ أعلى مستوياته منذ عقد.";
  private static final String P2 =
      "وقال محافظ البنك في مؤتمر صحفي إن القرار جاء بعد دراسة معمقة لمؤشرات الاقتصاد الكلي، وإن"
          + " لجنة السياسة النقدية ستواصل مراقبة الأسعار عن كثب خلال الأشهر المقبلة.";
  private static final String P3 =
      "ويتوقع محللون أن يؤدي رفع الفائدة إلى تباطؤ الإقراض العقاري وتراجع الطلب على السيارات، بينما"
          + " رحبت جمعيات المدخرين بالقرار الذي سيرفع عوائد الودائع المصرفية.";

  private static ExtractedArticle extract(String articleBody, String visible) {
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\","
            + "\"headline\":\"البنك المركزي يرفع الفائدة\",\"articleBody\":\""
            + articleBody
            + "\"}</script></head><body><h1>البنك المركزي يرفع الفائدة</h1>"
            + "<div class='article-body'>"
            + visible
            + "<div class='paywall'><a href='/subscribe'>اشترك لقراءة المزيد</a></div></div>"
            + "</body></html>";
    return new HtmlArticleExtractor()
        .extract(
            new Page(html.getBytes(StandardCharsets.UTF_8), null, "https://x.example/b", false));
  }

  @Test
  void teaserIsFilledFromTheArticleBody() {
    ExtractedArticle a = extract(P1 + "\\n" + P2 + "\\n" + P3, "<p>" + P1 + "</p>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.problems()).anySatisfy(p -> assertThat(p).contains("JSON-LD articleBody"));
  }

  @Test
  void htmlMarkupInTheArticleBodyEndsParagraphs() {
    ExtractedArticle a =
        extract("<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>", "<p>" + P1 + "</p>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
  }

  @Test
  void aSummaryInTheArticleBodyLeavesTheFullPageBodyAlone() {
    ExtractedArticle a = extract(P1, "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.problems()).noneMatch(p -> p.contains("articleBody"));
  }

  @Test
  void aFullPageBodyIsKeptEvenWhenTheArticleBodyIsWhole() {
    ExtractedArticle a =
        extract(
            P1 + "\\n" + P2 + "\\n" + P3, "<p>" + P1 + "</p><p>" + P2 + "</p><p>" + P3 + "</p>");
    assertThat(a.paragraphs()).containsExactly(P1, P2, P3);
    assertThat(a.problems()).noneMatch(p -> p.contains("articleBody"));
  }

  private static final String[] LINES = {
    "على الأرض ما يستحق الحياة في آخر أيلول",
    "سيدة تترك الأربعين بكامل مشمشها",
    "ساعة الشمس في السجن وغيم يقلد سربا من الكائنات",
    "هتافات شعب لمن يصعدون إلى حتفهم باسمين",
    "وخوف الطغاة من الأغنيات على هذه الأرض",
    "سيدة الأرض أم البدايات أم النهايات",
    "كانت تسمى فلسطين وصارت تسمى فلسطين",
    "سيدتي أستحق لأنك سيدتي أستحق الحياة"
  };

  @Test
  void theArticleBodyChoosesTheElementHoldingItOverAHigherScoredOne() {
    String poem = String.join("\\n", LINES);
    StringBuilder lines = new StringBuilder("<div class='poem'>");
    for (String line : LINES) {
      lines.append("<div>").append(line).append("</div>");
    }
    lines.append("</div>");
    String about =
        "<div class='about'><p>" + P1 + " " + P2 + "</p><p>" + P3 + " " + P1 + "</p></div>";
    String html =
        "<html><head><script type='application/ld+json'>{\"@type\":\"Article\","
            + "\"articleBody\":\""
            + poem
            + "\"}</script></head><body>"
            + lines
            + about
            + "</body></html>";
    ExtractedArticle a =
        new HtmlArticleExtractor()
            .extract(
                new Page(
                    html.getBytes(StandardCharsets.UTF_8), null, "https://x.example/p", false));
    assertThat(a.paragraphs()).containsExactly(LINES);
    assertThat(a.problems()).anySatisfy(p -> assertThat(p).contains("container chosen by"));
  }
}
