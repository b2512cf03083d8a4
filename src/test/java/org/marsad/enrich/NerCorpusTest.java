package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {
  @TempDir Path dir;

  @Test
  void readsSentencesAndSkipsBadLinesNamingThem() throws IOException {
    Path file = dir.resolve("gold.txt");
    Files.writeString(
        file, "المفرق B-LOC\n- O\n\n\nغيث B-PERS\nبلا_وسم\nالطراونة I-PER\nكلمة X-FOO\n");
    NerCorpus corpus = NerCorpus.read(file);
    assertThat(corpus.sentences())
        .containsExactly(
            new NerSentence(List.of("المفرق", "-"), List.of("B-LOC", "O")),
            new NerSentence(List.of("غيث", "الطراونة"), List.of("B-PERS", "I-PER")));
    assertThat(corpus.skipped()).isEqualTo(2);
    assertThat(corpus.problems())
        .containsExactly(
            "gold.txt:6: no tag after the token",
            "gold.txt:8: unknown entity type 'FOO': expected"
                + " PERSON, ORGANIZATION, LOCATION or MISC");
    assertThat(corpus.tokens()).isEqualTo(4);
  }
}
