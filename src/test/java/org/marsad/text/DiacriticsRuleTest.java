package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiacriticsRuleTest {
  private final DiacriticsRule rule = new DiacriticsRule();

  @Test
  void removesHarakatShaddaAndSukun() {
    assertThat(apply(rule, "مُحَمَّدٌ")).isEqualTo("محمد");
    assertThat(apply(rule, "الإرهابَ")).isEqualTo("الإرهاب");
    assertThat(apply(rule, "مَسْجِد")).isEqualTo("مسجد");
  }

  @Test
  void removesSuperscriptAlef() {
    assertThat(apply(rule, "هٰذا")).isEqualTo("هذا");
  }

  @Test
  void removesQuranicMarks() {
    // U+0610 (sallallahou), U+06D6 (small high ligature sad with lam with alef maksura), U+06ED
    assertThat(apply(rule, "محمد\u0610 الرحيم\u06D6 نستعين\u06ED")).isEqualTo("محمد الرحيم نستعين");
  }

  @ParameterizedTest(name = "U+{0}..U+{1}")
  @CsvSource({"0610,061A", "064B,065F", "0670,0670", "06D6,06ED", "08D3,08E1", "08E3,08FF"})
  void removesEveryMarkOfTheRange(String first, String last) {
    for (int c = Integer.parseInt(first, 16); c <= Integer.parseInt(last, 16); c++) {
      assertThat(apply(rule, "ب" + (char) c)).as("U+%04X", c).isEqualTo("ب");
    }
  }

  @Test
  void keepsLettersAroundTheRanges() {
    String s = "\u060F\u061B\u064A\u0660\u066F\u0671\u06D5\u06EE\u08E2";
    assertThat(apply(rule, s)).isEqualTo(s);
  }
}
