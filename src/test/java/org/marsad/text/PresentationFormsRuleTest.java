package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class PresentationFormsRuleTest {
  private final PresentationFormsRule rule = new PresentationFormsRule();

  @Test
  void contextualFormsBecomeBaseLetters() {
    // ﻣﺤﻤﺪ: initial meem, medial hah, medial meem, final dal
    assertThat(apply(rule, "\uFEE3\uFEA4\uFEE4\uFEAA")).isEqualTo("محمد");
  }

  @Test
  void lamAlefLigatureExpandsToTwoLetters() {
    assertThat(apply(rule, "\uFEFB")).isEqualTo("لا");
    assertThat(apply(rule, "\uFEF7")).isEqualTo("لأ");
  }

  @Test
  void allahLigatureExpandsToFourLetters() {
    assertThat(apply(rule, "\uFDF2")).isEqualTo("الله");
  }

  @Test
  void salutationLigatureExpandsToAPhrase() {
    assertThat(apply(rule, "\uFDFA")).isEqualTo("صلى الله عليه وسلم");
  }

  @Test
  void spacingHarakatFormBecomesTheBareMarkWithoutASpace() {
    assertThat(apply(rule, "ب\uFE70")).isEqualTo("ب\u064B");
    assertThat(apply(rule, "ب\uFC5E")).isEqualTo("ب\u064C\u0651");
  }

  @Test
  void charsWithoutDecompositionAndOtherBlocksStay() {
    assertThat(apply(rule, "\uFD3E\uFEFF abc \u0627")).isEqualTo("\uFD3E\uFEFF abc \u0627");
  }

  @Test
  void countsExpandedChars() {
    assertThat(RuleRunner.changes(rule, "\uFEFB \uFDF2 ب")).isEqualTo(2);
  }
}
