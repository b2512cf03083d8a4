package org.marsad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WetTextTest {

  @Test
  void blocksBecomeLinesAndMarkupScriptsAndStylesGo() {
    String html =
        "<html><head><title>قمة عربية طارئة</title><style>p{color:red}</style></head><body>"
            + "<nav><a href='/'>الرئيسية</a> <a href='/w'>العالم</a></nav><h1>قمة عربية طارئة</h1>"
            + "<script>var x = 'لا';</script><p>أعلنت <b>الجامعة</b> العربية عقد قمة.<br>وقال"
            + " الأمين العام إنها طارئة.</p><ul><li>خبر أول</li><li>خبر ثان</li></ul>"
            + "<footer>جميع الحقوق محفوظة</footer></body></html>";
    assertThat(WetText.of(html.getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(
            "قمة عربية طارئة\nالرئيسية العالم\nقمة عربية طارئة\nأعلنت الجامعة العربية عقد قمة.\n"
                + "وقال الأمين العام إنها طارئة.\nخبر أول\nخبر ثان\nجميع الحقوق محفوظة\n");
  }

  @Test
  void legacyArabicCharsetIsReadAsPagesAre() {
    String html = "<html><body><p>أعلنت الجامعة العربية عقد قمة طارئة في القاهرة</p></body></html>";
    assertThat(WetText.of(html.getBytes(Charset.forName("windows-1256"))))
        .isEqualTo("أعلنت الجامعة العربية عقد قمة طارئة في القاهرة\n");
  }
}
