package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CategoryFeaturesTest {
  private final CategoryFeatures features = new CategoryFeatures(16, 100);

  @Test
  void noWordWithALetterGivesNoFeatures() {
    assertThat(features.vector(null, null).isEmpty()).isTrue();
    assertThat(features.vector("", " \n\t ").isEmpty()).isTrue();
    assertThat(features.vector("2018", "... 12 , 345 !!").isEmpty()).isTrue();
    assertThat(features.vector("", "\u064e\u064f\u0650\u0651\u0652").isEmpty()).isTrue();
  }

  @Test
  void vectorHasUnitLengthAndAscendingSlots() {
    CategoryFeatures.Vector v = features.vector("فوز الأهلي", "فاز الأهلي على الزمالك بهدفين");
    double norm = 0;
    for (float value : v.values()) {
      norm += value * value;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-5));
    for (int k = 1; k < v.indices().length; k++) {
      assertThat(v.indices()[k]).isGreaterThan(v.indices()[k - 1]);
    }
  }

  @Test
  void spellingVariantsGiveTheSameFeatures() {
    CategoryFeatures.Vector a = features.vector("", "أعلنت الوزارة");
    CategoryFeatures.Vector b = features.vector("", "اعلنت الوزاره");
    assertThat(a.indices()).isEqualTo(b.indices());
    assertThat(a.values()).isEqualTo(b.values());
  }

  @Test
  void readsOnlyTheFirstMaxBodyChars() {
    String opening = "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار أوبك خفض الإنتاج ";
    String head = (opening + opening).substring(0, 100);
    CategoryFeatures.Vector cut = features.vector("", head);
    CategoryFeatures.Vector whole = features.vector("", head + "كرة القدم ".repeat(1000));
    assertThat(whole.indices()).isEqualTo(cut.indices());
  }

  @Test
  void aRunOfThousandsOfLettersIsNotAWord() {
    CategoryFeatures wide = new CategoryFeatures(16, 20_000);
    CategoryFeatures.Vector plain = wide.vector("", "خبر قصير");
    CategoryFeatures.Vector withRun = wide.vector("", "خبر " + "ب".repeat(10_000) + " قصير");
    assertThat(withRun.indices()).isEqualTo(plain.indices());
  }

  @Test
  void rejectsSettingsOutsideTheirRange() {
    assertThatThrownBy(() -> new CategoryFeatures(30, 100)).hasMessageContaining("hash bits");
    assertThatThrownBy(() -> new CategoryFeatures(16, 0)).hasMessageContaining("max body chars");
  }
}
