package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.marsad.model.Page;

/** Titles as Arabic news sites write them in {@code <title>} and {@code og:title}. */
class SiteNameInTitleTest {

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource(
      delimiter = ';',
      value = {
        // suffix after a pipe, name as og:site_name gives it
        "مجلس الأمن يمدد ولاية البعثة الأممية | الجزيرة نت; الجزيرة نت",
        // suffix with a word more than the site name ("نت", "أونلاين")
        "مجلس الأمن يمدد ولاية البعثة الأممية - الجزيرة نت; الجزيرة",
        // prefix
        "اليوم السابع - مجلس الأمن يمدد ولاية البعثة الأممية; اليوم السابع",
        // hamza and teh marbuta spelt differently in the two places
        "مجلس الأمن يمدد ولاية البعثة الأممية – صحيفة الأيام; صحيفه الايام",
        // both ends: site name and a section
        "الوطن :: مجلس الأمن يمدد ولاية البعثة الأممية | الوطن; الوطن",
      })
  void siteNameAtEitherEndIsCut(String title, String siteName) {
    assertThat(SiteNameInTitle.strip(title, siteName, null))
        .isEqualTo("مجلس الأمن يمدد ولاية البعثة الأممية");
  }

  @Test
  void h1IsEvidenceWhenNoSiteNameIsGiven() {
    assertThat(
            SiteNameInTitle.strip(
                "ارتفاع أسعار الذهب في الأسواق المحلية - مصراوي",
                null,
                "ارتفاع أسعار الذهب في الأسواق المحلية"))
        .isEqualTo("ارتفاع أسعار الذهب في الأسواق المحلية");
  }

  @Test
  void headlineIsKeptWholeWithoutEvidence() {
    String title = "غزة - مراسلنا: قصف متواصل على الأحياء الشرقية";
    assertThat(SiteNameInTitle.strip(title, null, null)).isEqualTo(title);
    assertThat(SiteNameInTitle.strip(title, "الجزيرة نت", null)).isEqualTo(title);
    assertThat(SiteNameInTitle.strip(title, null, title)).isEqualTo(title);
  }

  @Test
  void aTitleThatIsOnlyTheSiteNameIsKept() {
    assertThat(SiteNameInTitle.strip("الجزيرة نت", "الجزيرة نت", null)).isEqualTo("الجزيرة نت");
  }

  @Test
  void extractorTitleLosesTheSiteNameGivenByOpenGraph() {
    String html =
        "<html><head><title>قمة عربية طارئة في القاهرة الأسبوع المقبل | سكاي نيوز عربية</title>"
            + "<meta property='og:site_name' content='سكاي نيوز عربية'>"
            + "<meta property='og:title' content='قمة عربية طارئة في القاهرة الأسبوع المقبل |"
            + " سكاي نيوز عربية'></head><body><div class='article-body'><p>"
            + "أعلنت جامعة الدول العربية أن القادة العرب سيعقدون قمة طارئة في القاهرة الأسبوع"
            + " المقبل لبحث التطورات الأخيرة في المنطقة.</p></div></body></html>";
    var article =
        new HtmlArticleExtractor()
            .extract(new Page(html.getBytes(StandardCharsets.UTF_8), null, null, false));
    assertThat(article.title()).isEqualTo("قمة عربية طارئة في القاهرة الأسبوع المقبل");
  }
}
