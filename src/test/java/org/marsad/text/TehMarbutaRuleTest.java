package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class TehMarbutaRuleTest {
  @Test
  void tehMarbutaBecomesHeh() {
    assertThat(apply(new TehMarbutaRule(), "وزارة الصحة")).isEqualTo("وزاره الصحه");
  }

  @Test
  void tehStays() {
    assertThat(apply(new TehMarbutaRule(), "بيت")).isEqualTo("بيت");
  }
}
