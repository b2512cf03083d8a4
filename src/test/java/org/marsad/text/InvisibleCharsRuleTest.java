package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvisibleCharsRuleTest {
  private final InvisibleCharsRule rule = new InvisibleCharsRule();

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(
      strings = {
        "200E", "200F", "061C", "200B", "200C", "200D", "2060", "FEFF", "00AD", "202A", "202B",
        "202C", "202D", "202E", "2066", "2067", "2068", "2069"
      })
  void removesInvisibleChar(String hex) {
    char invisible = (char) Integer.parseInt(hex, 16);
    assertThat(apply(rule, "ال" + invisible + "إرهاب")).isEqualTo("الإرهاب");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0020", "00A0", "0640", "034F", "2061", "FE0F"})
  void leavesOtherCharsAlone(String hex) {
    String s = "ا" + (char) Integer.parseInt(hex, 16) + "ب";
    assertThat(apply(rule, s)).isEqualTo(s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"می\u200Cخواهم"})
  void zwnjJoinsAPersianCompound(String word) {
    assertThat(apply(rule, word)).isEqualTo("میخواهم");
  }
}
