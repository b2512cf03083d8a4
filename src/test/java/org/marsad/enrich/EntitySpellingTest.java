package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitySpellingTest {
  @Test
  void cliticsBeforeTheArticleAreDroppedAndTheSpellingKept() {
    assertThat(EntitySpelling.of("والعراق")).isEqualTo("العراق");
    assertThat(EntitySpelling.of("بالأمم المتحدة")).isEqualTo("الأمم المتحدة");
    assertThat(EntitySpelling.of("للأمم المتحدة")).isEqualTo("الأمم المتحدة");
    assertThat(EntitySpelling.of("وللأمم")).isEqualTo("الأمم");
    assertThat(EntitySpelling.of("الإمارات")).isEqualTo("الإمارات");
    assertThat(EntitySpelling.of("وليد")).as("a bare letter may be the name's").isEqualTo("وليد");
  }

  @Test
  void surroundingPunctuationGoesAndSpacesCollapseDiacriticsStay() {
    assertThat(EntitySpelling.of(" «أنطونيو\n  غوتيريش»، ")).isEqualTo("أنطونيو غوتيريش");
    assertThat(EntitySpelling.of("مُحَمَّدٌ")).isEqualTo("مُحَمَّدٌ");
    assertThat(EntitySpelling.of("...")).isEmpty();
  }

  @Test
  void cappedNeverSplitsASurrogatePair() {
    String s = "a".repeat(EntitySpelling.MAX_CHARS - 1) + "\uD83D\uDE00" + "b";
    assertThat(EntitySpelling.capped(s)).hasSize(EntitySpelling.MAX_CHARS - 1);
    assertThat(EntitySpelling.capped("قصير")).isEqualTo("قصير");
  }
}
