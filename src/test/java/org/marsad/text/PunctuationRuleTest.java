package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class PunctuationRuleTest {
  private final PunctuationRule rule = new PunctuationRule();

  @Test
  void arabicCommaSemicolonQuestionMark() {
    assertThat(apply(rule, "نعم، لا؛ هل؟")).isEqualTo("نعم, لا; هل?");
  }

  @Test
  void reversedAndOtherArabicPunctuation() {
    assertThat(apply(rule, "\u2E41\u204F\u2E2E٪۔٭")).isEqualTo(",;?%.*");
  }

  @Test
  void doubleQuoteMarksBecomeAsciiDoubleQuote() {
    assertThat(apply(rule, "«هل؟» “أ” „ب‟ 〝ج〞〟")).isEqualTo("\"هل?\" \"أ\" \"ب\" \"ج\"\"");
  }

  @Test
  void singleQuoteMarksBecomeApostrophe() {
    assertThat(apply(rule, "‘أ’ ‚ب‛ ‹ج›")).isEqualTo("'أ' 'ب' 'ج'");
  }
}
