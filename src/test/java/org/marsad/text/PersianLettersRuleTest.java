package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class PersianLettersRuleTest {
  private final PersianLettersRule rule = new PersianLettersRule();

  @Test
  void farsiYehBecomesArabicYeh() {
    assertThat(apply(rule, "الإسلامی")).isEqualTo("الإسلامي");
  }

  @Test
  void otherYehFormsBecomeArabicYeh() {
    assertThat(apply(rule, "\u06D0\u06CD")).isEqualTo("يي");
  }

  @Test
  void kehehAndSwashKafBecomeKaf() {
    assertThat(apply(rule, "کتاب")).isEqualTo("كتاب");
    assertThat(apply(rule, "ڪتاب")).isEqualTo("كتاب");
  }

  @Test
  void hehGoalAeAndHehWithYehBecomeHeh() {
    assertThat(apply(rule, "\u06C1\u06D5\u06C0\u06C2\u06C3")).isEqualTo("ههههه");
  }

  @Test
  void yehBarreeAndPersianLettersWithoutArabicTwinStay() {
    assertThat(apply(rule, "ے پ چ ژ گ")).isEqualTo("ے پ چ ژ گ");
  }
}
