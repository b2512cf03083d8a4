package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.enrich.eval.NerScores;
import org.marsad.model.EntityType;

/** CoNLL entity-level counting on hand-made label sequences. */
class NerScoresTest {

  private static List<String> labels(String spaced) {
    return Arrays.asList(spaced.split(" "));
  }

  @Test
  void exactSpanAndTypeIsTheOnlyHit() {
    NerScores scores = new NerScores();
    scores.add(labels("B-PERS I-PERS O B-LOC"), labels("B-PERS I-PERS O B-LOC"));
    assertThat(scores.micro()).isEqualTo(new NerScores.Counts(2, 0, 0));
    assertThat(scores.micro().f1()).isEqualTo(1.0);
  }

  @Test
  void aPartialSpanIsOneFalsePositiveAndOneFalseNegative() {
    NerScores scores = new NerScores();
    scores.add(labels("B-PERS I-PERS I-PERS O"), labels("B-PERS I-PERS O O"));
    assertThat(scores.of(EntityType.PERSON)).isEqualTo(new NerScores.Counts(0, 1, 1));
  }

  @Test
  void aRightSpanOfTheWrongTypeIsAnError() {
    NerScores scores = new NerScores();
    scores.add(labels("O B-ORG I-ORG"), labels("O B-LOC I-LOC"));
    assertThat(scores.of(EntityType.ORGANIZATION)).isEqualTo(new NerScores.Counts(0, 0, 1));
    assertThat(scores.of(EntityType.LOCATION)).isEqualTo(new NerScores.Counts(0, 1, 0));
    assertThat(scores.micro().f1()).isZero();
  }

  @Test
  void anInsideLabelAfterOutsideStartsASpanAsConllevalReadsIt() {
    assertThat(NerSpan.of(labels("O I-LOC I-LOC B-PERS I-LOC")))
        .containsExactly(
            new NerSpan(EntityType.LOCATION, 1, 3),
            new NerSpan(EntityType.PERSON, 3, 4),
            new NerSpan(EntityType.LOCATION, 4, 5));
    NerScores scores = new NerScores();
    scores.add(labels("O I-LOC I-LOC"), labels("O B-LOC I-LOC"));
    assertThat(scores.micro()).isEqualTo(new NerScores.Counts(1, 0, 0));
  }

  @Test
  void microAveragesOverTypesAndPrintsTheLastLine() {
    NerScores scores = new NerScores();
    scores.add(labels("B-PERS O B-LOC B-MISC"), labels("B-PERS O B-ORG B-MISC"));
    scores.add(labels("B-ORG I-ORG"), labels("O O"));
    NerScores.Counts micro = scores.micro();
    assertThat(micro).isEqualTo(new NerScores.Counts(2, 1, 2));
    assertThat(micro.precision()).isEqualTo(2.0 / 3);
    assertThat(micro.recall()).isEqualTo(0.5);
    StringWriter out = new StringWriter();
    scores.print(new PrintWriter(out, true));
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1]).isEqualTo("micro F1 0.5714");
    assertThat(out.toString()).contains("PERSON").contains("ORGANIZATION").contains("LOCATION");
  }

  @Test
  void sequencesOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> new NerScores().add(labels("O O"), labels("O")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 gold labels but 1 predicted");
  }
}
