package org.marsad.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.enrich.CategoryClassifiers;

class CategoryNamesTest {
  @Test
  void everyLabelOfTheShippedClassifierHasAnArabicName() {
    for (String label : CategoryClassifiers.shipped().labels()) {
      assertThat(CategoryNames.display(label)).as(label).matches("[\\p{InArabic} ]+");
    }
  }

  @Test
  void aLabelItDoesNotKnowIsShownAsIs() {
    assertThat(CategoryNames.display("محليات")).isEqualTo("محليات");
    assertThat(CategoryNames.display("Politics")).isEqualTo("Politics");
  }
}
