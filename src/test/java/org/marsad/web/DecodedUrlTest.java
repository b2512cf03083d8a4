package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.testing.Reliability;

class DecodedUrlTest {
  @Test
  void anArabicPathIsShownReadable() {
    assertThat(
            DecodedUrl.display(
                "https://www.alarabiya.net/ar/2018/07/30/%D9%85%D8%B4%D8%A7%D9%87%D9%8A%D8%B1-%D8%B9%D8%B1%D8%A8"))
        .isEqualTo("https://www.alarabiya.net/ar/2018/07/30/مشاهير-عرب");
  }

  @Test
  void aPunycodeHostIsShownInItsScript() {
    assertThat(DecodedUrl.display("https://xn--mgbh0fb.xn--kgbechtv/x"))
        .isEqualTo("https://مثال.إختبار/x");
  }

  @Test
  void escapesThatWouldChangeOrHideWhatTheUrlSaysStayEncoded() {
    assertThat(DecodedUrl.display("https://a.example/x%2Fy%3Fz"))
        .isEqualTo("https://a.example/x%2Fy%3Fz");
    assertThat(DecodedUrl.display("https://a.example/%E2%80%AEgpj.exe"))
        .as("a right-to-left override")
        .isEqualTo("https://a.example/%E2%80%AEgpj.exe");
    assertThat(DecodedUrl.display("https://a.example/%0A%20x"))
        .isEqualTo("https://a.example/%0A%20x");
    assertThat(DecodedUrl.display("https://a.example/%D8"))
        .as("not UTF-8")
        .isEqualTo("https://a.example/%D8");
    assertThat(DecodedUrl.display("https://a.example/%zz%")).isEqualTo("https://a.example/%zz%");
    assertThat(DecodedUrl.display(null)).isEmpty();
    Reliability.record(
        "hostile-web",
        "DecodedUrlTest.escapesThatWouldChangeOrHideWhatTheUrlSaysStayEncoded",
        "URLs with an encoded right-to-left override, newline, space, / and ?, invalid UTF-8,"
            + " broken escapes",
        "shown encoded, never decoded into characters that change how the URL reads",
        "6 URLs, 0 decoded");
  }
}
