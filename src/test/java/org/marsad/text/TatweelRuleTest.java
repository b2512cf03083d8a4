package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class TatweelRuleTest {
  private final TatweelRule rule = new TatweelRule();

  @Test
  void removesTatweel() {
    assertThat(apply(rule, "الإرهـــاب")).isEqualTo("الإرهاب");
  }

  @Test
  void countsEachRemovedTatweel() {
    assertThat(RuleRunner.changes(rule, "ـعـربـي")).isEqualTo(3);
  }
}
