package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.extract.HtmlArticleExtractor;
import org.marsad.model.ExtractedArticle;

/**
 * The template must be a fair extraction input: the article comes back, the boilerplate does not.
 */
class NewsPageTemplateTest {
  private static final BenchDoc ARTICLE =
      new BenchDoc(
          "https://www.example-news.test/2018/02/16/news.html",
          "حسين فهمي يعتذر عن رئاسة مهرجان القاهرة السينمائي",
          "اعتذر الفنان المصري حسين فهمي عن عدم رئاسة مهرجان القاهرة السينمائي الدولي في دورته"
              + " المقبلة، بعد لقاء عقده مع وزيرة الثقافة.\n"
              + "جاء ذلك في الاجتماع الذي عقد بعد ظهر أمس الأربعاء بمقر وزارة الثقافة، وعرضت عليه"
              + " الوزيرة تولي منصب رئيس المهرجان في دورته الأربعين.\n"
              + "وأرجع فهمي اعتذاره إلى انشغاله الشديد بتصوير أعماله الفنية المتعاقد عليها، والتزامه"
              + " بالسفر خارج مصر خلال الفترة المقبلة.",
          "العربية",
          "ثقافة",
          "اعتذر الفنان المصري حسين فهمي عن عدم رئاسة المهرجان",
          "Fri, 16 Feb 2018 22:08:10 +0400",
          "العربية.نت");

  private static final List<BenchDoc> OTHERS =
      List.of(
          BenchDoc.of("ارتفاع أسعار النفط في الأسواق العالمية", "نص"),
          BenchDoc.of("الأمم المتحدة تدعو إلى وقف إطلاق النار", "نص"));

  @Test
  void extractionRecoversTheArticleWithoutTheTemplateParts() {
    ExtractedArticle extracted =
        new HtmlArticleExtractor().extract(NewsPageTemplate.render(ARTICLE, ARTICLE.url(), OTHERS));
    assertThat(extracted.title()).isEqualTo(ARTICLE.title());
    assertThat(extracted.paragraphs()).containsExactly(ARTICLE.paragraphs());
    assertThat(extracted.body())
        .doesNotContain("ارتفاع أسعار النفط")
        .doesNotContain("الأكثر قراءة")
        .doesNotContain("جميع الحقوق محفوظة")
        .doesNotContain("فيسبوك")
        .doesNotContain("التعليقات");
  }

  @Test
  void escapesMarkupInTheTexts() {
    BenchDoc tricky = BenchDoc.of("عنوان <b>\"مقتبس\"</b> & رمز", "فقرة <script>x</script>");
    String html =
        new String(NewsPageTemplate.render(tricky, "", OTHERS).bytes(), StandardCharsets.UTF_8);
    assertThat(html).contains("عنوان &lt;b&gt;&quot;مقتبس&quot;&lt;/b&gt; &amp; رمز");
    assertThat(html).doesNotContain("<script>x</script>");
  }
}
