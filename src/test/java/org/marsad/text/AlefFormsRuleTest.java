package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class AlefFormsRuleTest {
  private final AlefFormsRule rule = new AlefFormsRule();

  @Test
  void alefHamzaAboveBecomesAlef() {
    assertThat(apply(rule, "أحمد")).isEqualTo("احمد");
  }

  @Test
  void alefHamzaBelowBecomesAlef() {
    assertThat(apply(rule, "الإرهاب")).isEqualTo("الارهاب");
  }

  @Test
  void alefMaddaBecomesAlef() {
    assertThat(apply(rule, "آمال")).isEqualTo("امال");
  }

  @Test
  void alefWaslaBecomesAlef() {
    assertThat(apply(rule, "ٱلله")).isEqualTo("الله");
  }

  @Test
  void rareHamzaAlefsBecomeAlef() {
    assertThat(apply(rule, "\u0672\u0673\u0675")).isEqualTo("ااا");
  }

  @Test
  void hamzaOnWawAndYehAndLoneHamzaStay() {
    assertThat(apply(rule, "مؤتمر رئيس سماء")).isEqualTo("مؤتمر رئيس سماء");
  }
}
