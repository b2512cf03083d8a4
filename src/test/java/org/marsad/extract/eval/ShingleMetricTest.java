package org.marsad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleMetricTest {

  @Test
  void identicalTextsScoreOne() {
    ShingleMetric.PageScore s = ShingleMetric.score("a b c d e", "a b c d e");
    // 2 shingles, both shared: tp = 2/2
    assertThat(s.tp()).isEqualTo(1.0);
    assertThat(s.fp()).isZero();
    assertThat(s.fn()).isZero();
  }

  @Test
  void extraPredictedShinglesAreFalsePositivesNormalizedBySum() {
    // truth: one shingle (a b c d); prediction: (a b c d), (b c d e) -> tp 1, fp 1, fn 0
    ShingleMetric.PageScore s = ShingleMetric.score("a b c d", "a b c d e");
    assertThat(s.tp()).isCloseTo(0.5, within(1e-12));
    assertThat(s.fp()).isCloseTo(0.5, within(1e-12));
    assertThat(s.fn()).isZero();
  }

  @Test
  void shortTextIsOneShingleAndPunctuationIsNotAToken() {
    // "x, y!" has two tokens -> a single shingle (x, y); the prediction matches it exactly
    ShingleMetric.PageScore s = ShingleMetric.score("x, y!", "x y");
    assertThat(s.tp()).isEqualTo(1.0);
  }

  @Test
  void tokensAreUnicodeWordRunsAndHarakatSplitThem() {
    assertThat(ShingleMetric.tokens("الأمم المتحدة، 2024_x"))
        .containsExactly("الأمم", "المتحدة", "2024_x");
    // fatha (U+064E) is a combining mark, not \w in Python: it splits the word
    assertThat(ShingleMetric.tokens("كَتب")).containsExactly("ك", "تب");
  }

  @Test
  void countsAreMultisetMinimums() {
    // truth: (a a a a) twice from "a a a a a"; prediction once from "a a a a": tp 1, fn 1
    ShingleMetric.PageScore s = ShingleMetric.score("a a a a a", "a a a a");
    assertThat(s.tp()).isCloseTo(0.5, within(1e-12));
    assertThat(s.fn()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aggregateAveragesPagesAndLeavesEmptyPredictionsOutOfPrecision() {
    ShingleMetric.PageScore perfect = ShingleMetric.score("a b c d", "a b c d");
    ShingleMetric.PageScore half = ShingleMetric.score("a b c d", "a b c d e");
    ShingleMetric.PageScore empty = ShingleMetric.score("a b c d", "");
    ShingleMetric.Scores s = ShingleMetric.aggregate(List.of(perfect, half, empty));
    // precision over pages with tp+fp > 0: (1 + 0.5) / 2; recall over all three: (1 + 1 + 0) / 3
    assertThat(s.precision()).isCloseTo(0.75, within(1e-12));
    assertThat(s.recall()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(s.f1()).isCloseTo(2 * 0.75 * (2.0 / 3) / (0.75 + 2.0 / 3), within(1e-12));
  }
}
