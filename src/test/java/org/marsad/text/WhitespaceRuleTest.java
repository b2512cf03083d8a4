package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class WhitespaceRuleTest {
  private final WhitespaceRule rule = new WhitespaceRule();

  @Test
  void runOfSpacesBecomesOneSpace() {
    assertThat(apply(rule, "قال  \t الوزير")).isEqualTo("قال الوزير");
  }

  @Test
  void unicodeSpacesBecomeOneSpace() {
    assertThat(apply(rule, "قال\u00A0\u2009\u202F\u3000الوزير\u2007!")).isEqualTo("قال الوزير !");
  }

  @Test
  void runWithALineBreakBecomesOneLineBreak() {
    assertThat(apply(rule, "سطر \r\n\n سطر\u2029آخر")).isEqualTo("سطر\nسطر\nآخر");
  }

  @Test
  void endsAreCollapsedNotTrimmed() {
    assertThat(apply(rule, "  كلمة  ")).isEqualTo(" كلمة ");
  }

  @Test
  void countsOnlyCharsThatChanged() {
    assertThat(RuleRunner.changes(rule, "ا ب\nج")).isZero();
    assertThat(RuleRunner.changes(rule, "ا  ب\u00A0ج")).isEqualTo(3);
  }
}
