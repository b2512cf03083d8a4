package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class ArabicDigitsRuleTest {
  private final ArabicDigitsRule rule = new ArabicDigitsRule();

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertThat(apply(rule, "٠١٢٣٤٥٦٧٨٩")).isEqualTo("0123456789");
  }

  @Test
  void extendedArabicIndicDigitsBecomeAscii() {
    assertThat(apply(rule, "۰۱۲۳۴۵۶۷۸۹")).isEqualTo("0123456789");
  }

  @Test
  void arabicSeparatorsBecomeAscii() {
    assertThat(apply(rule, "١٢٫٥ و١٬٠٠٠")).isEqualTo("12.5 و1,000");
  }
}
