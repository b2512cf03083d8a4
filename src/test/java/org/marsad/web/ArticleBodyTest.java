package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.testing.Reliability;

class ArticleBodyTest {
  @Test
  void paragraphsAreSplitOnBlankLinesAndTextIsEscaped() {
    assertThat(ArticleBody.paragraphs("الأول: 3 < 5 & 7 > 2\n\n\n  الثاني  \n \nالثالث"))
        .containsExactly("الأول: 3 &lt; 5 &amp; 7 &gt; 2", "الثاني", "الثالث");
    assertThat(ArticleBody.paragraphs(null)).isEmpty();
  }

  @Test
  void storedMarkupGoesThroughTheSafelist() {
    assertThat(
            ArticleBody.paragraphs(
                "نص<script>alert(1)</script> <b onclick=\"x()\">مهم</b>"
                    + " <a href=\"javascript:alert(2)\">رابط</a><img src=x onerror=alert(3)>"))
        .containsExactly("نص <b>مهم</b> رابط");
    Reliability.record(
        "hostile-web",
        "ArticleBodyTest.storedMarkupGoesThroughTheSafelist",
        "a stored body with <script>, onclick=, a javascript: link and <img onerror=>",
        "only the text and <b> survive (jsoup Safelist.simpleText)",
        "1 paragraph, 4 hostile constructs removed");
  }
}
