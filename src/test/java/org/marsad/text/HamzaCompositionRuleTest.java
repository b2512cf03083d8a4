package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.text.RuleRunner.apply;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HamzaCompositionRuleTest {
  private final HamzaCompositionRule rule = new HamzaCompositionRule();

  @Test
  void alefWithCombiningHamzaAboveBecomesAlefHamzaAbove() {
    assertThat(apply(rule, "\u0627\u0654")).isEqualTo("أ");
  }

  @Test
  void alefWithCombiningHamzaBelowAndMaddaCompose() {
    assertThat(apply(rule, "\u0627\u0655")).isEqualTo("إ");
    assertThat(apply(rule, "\u0627\u0653")).isEqualTo("آ");
  }

  @Test
  void wawAndYehWithCombiningHamzaCompose() {
    assertThat(apply(rule, "\u0648\u0654")).isEqualTo("ؤ");
    assertThat(apply(rule, "\u064A\u0654")).isEqualTo("ئ");
  }

  @Test
  void harakaBetweenLetterAndHamzaStaysAfterTheComposedLetter() {
    String nfd = Normalizer.normalize("أَ", Normalizer.Form.NFD);
    assertThat(nfd).isEqualTo("\u0627\u064E\u0654");
    assertThat(apply(rule, nfd)).isEqualTo("أ\u064E");
  }

  @ParameterizedTest
  @ValueSource(strings = {"أسامة", "إيران", "آمال", "مؤتمر", "رئيس", "سأل", "شؤون"})
  void nfdOfAWordComposesBackToItsNfc(String word) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(word);
    assertThat(apply(rule, nfd)).isEqualTo(word);
  }

  @Test
  void hamzaAfterALetterWithoutCompositionStays() {
    assertThat(apply(rule, "\u0628\u0654")).isEqualTo("\u0628\u0654");
    assertThat(apply(rule, "\u0654\u0654")).isEqualTo("\u0654\u0654");
  }
}
