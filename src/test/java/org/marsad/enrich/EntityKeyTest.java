package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityKeyTest {
  @Test
  void articleAndTheCliticsAttachedToItAreStrippedFromEveryWord() {
    assertThat(EntityKey.of("الأمم المتحدة")).isEqualTo("امم متحده");
    assertThat(EntityKey.of("للأمم المتحدة")).isEqualTo("امم متحده");
    assertThat(EntityKey.of("وبالأمم المتحدة")).isEqualTo("امم متحده");
    assertThat(EntityKey.of("أمم متحدة")).isEqualTo("امم متحده");
    assertThat(EntityKey.of("والعراق")).isEqualTo(EntityKey.of("العراق")).isEqualTo("عراق");
  }

  @Test
  void hamzaYehTehMarbutaPersianLettersAndDiacriticsFold() {
    assertThat(EntityKey.of("إيران")).isEqualTo(EntityKey.of("ايران"));
    assertThat(EntityKey.of("غزة")).isEqualTo(EntityKey.of("غزه"));
    assertThat(EntityKey.of("مصطفى")).isEqualTo(EntityKey.of("مصطفي"));
    assertThat(EntityKey.of("خامنه\u200Cای")).isEqualTo(EntityKey.of("خامنهاي"));
    assertThat(EntityKey.of("کاظمی")).isEqualTo(EntityKey.of("كاظمي"));
    assertThat(EntityKey.of("غُوتيريشْ")).isEqualTo("غوتيريش");
  }

  @Test
  void aBareClitLetterStaysBecauseNamesStartWithIt() {
    assertThat(EntityKey.of("لبنان")).isEqualTo("لبنان");
    assertThat(EntityKey.of("وليد")).isEqualTo("وليد");
    assertThat(EntityKey.withoutBareClitic("وغوتيريش")).isEqualTo("غوتيريش");
    assertThat(EntityKey.withoutBareClitic("ولي")).as("too short a rest").isNull();
    assertThat(EntityKey.withoutBareClitic("غوتيريش")).isNull();
  }

  @Test
  void latinIsLowerCasedAndPunctuationSplitsWords() {
    assertThat(EntityKey.of("  Antonio-GUTERRES. ")).isEqualTo("antonio guterres");
    assertThat(EntityKey.of("«...»")).isEmpty();
    assertThat(EntityKey.of("آل سعود")).as("a lone article is a word").isEqualTo("ال سعود");
  }

  @Test
  void namePartsAreRunsFromEitherEndWithoutParticlesAlone() {
    assertThat(EntityKey.nameParts(EntityKey.of("محمد بن سلمان")))
        .containsExactlyInAnyOrder("محمد", "سلمان", "محمد بن", "بن سلمان");
    assertThat(EntityKey.nameParts(EntityKey.of("أنطونيو غوتيريش")))
        .containsExactlyInAnyOrder("انطونيو", "غوتيريش");
    assertThat(EntityKey.nameParts("غوتيريش")).isEmpty();
  }
}
