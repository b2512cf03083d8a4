package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import org.junit.jupiter.api.Test;

class AlefMaksuraRuleTest {
  @Test
  void alefMaksuraBecomesYeh() {
    assertThat(apply(new AlefMaksuraRule(), "مستشفى على")).isEqualTo("مستشفي علي");
  }
}
