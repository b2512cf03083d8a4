package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShortTextTest {
  private static double similarity(String a, String b) {
    return ShortText.of(a).similarity(ShortText.of(b));
  }

  @Test
  void aRetitledHeadlineKeepsMostTrigrams() {
    // AlArabiya and SkyNews headlines of one story (ANT sample, June 2018).
    assertThat(
            similarity(
                "السيسي يؤدي اليمين الدستورية رئيسا لولاية ثانية",
                "مصر: السيسي يؤدي اليمين الدستورية لولاية رئاسية ثانية"))
        .isGreaterThan(0.7);
  }

  @Test
  void trigramsSurviveClitics() {
    double trigrams = similarity("الإيبولا تعود في الكونغو", "وعودة الايبولا للكونغو");
    assertThat(trigrams).isGreaterThan(0.3);
  }

  @Test
  void otherNumbersMeanAnotherReport() {
    assertThat(similarity("أسعار الذهب اليوم 5 مارس", "أسعار الذهب اليوم 6 مارس")).isZero();
    assertThat(similarity("الهلال يفوز على النصر 2-1", "الهلال يفوز على النصر 3-0")).isZero();
  }

  @Test
  void otherWeekdaysMeanAnotherReport() {
    assertThat(similarity("طقس الاثنين: أمطار على السواحل", "طقس الثلاثاء: أمطار على السواحل"))
        .isZero();
  }

  @Test
  void aHeadlineMayDropANumberTheOtherGives() {
    assertThat(
            similarity(
                "40 اتهاما بانتهاكات جنسية ضد موظفي الأمم المتحدة خلال 3 أشهر",
                "40 اتهاما بانتهاكات جنسية ضد موظفي الأمم المتحدة"))
        .isGreaterThan(0.7);
  }

  @Test
  void digitsGluedToAPrefixAreTheSameNumber() {
    assertThat(ShortText.of("للمرة الـ13").conflicts(ShortText.of("للمرة 13"))).isFalse();
  }

  @Test
  void emptyAndNullHaveNoSimilarity() {
    assertThat(similarity(null, "")).isZero();
    assertThat(ShortText.of(null).words()).isZero();
  }
}
