package org.marsad.story.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalFilesTest {
  @TempDir Path dir;

  @Test
  void pairsWithoutLabelsAreAllPositive() throws IOException {
    Path tsv = write("docno_a\tdocno_b\tjaccard_5gram\na1\tb1\t0.9\na2\tb2\t0.7\n");
    EvalFiles.Read<EvalFiles.Pair> read = EvalFiles.pairs(tsv);
    assertThat(read.items())
        .containsExactly(
            new EvalFiles.Pair("a1", "b1", null), new EvalFiles.Pair("a2", "b2", null));
    assertThat(read.skipped()).isZero();
  }

  @Test
  void labelledPairsKeepTheirLabelAndBadRowsAreCounted() throws IOException {
    Path tsv = write("label\tdocno_a\tdocno_b\n1\ta\tb\n0\tc\td\nx\te\tf\n1\tonly\n");
    EvalFiles.Read<EvalFiles.Pair> read = EvalFiles.pairs(tsv);
    assertThat(read.items())
        .containsExactly(new EvalFiles.Pair("a", "b", 1), new EvalFiles.Pair("c", "d", 0));
    assertThat(read.skipped()).isEqualTo(2);
  }

  @Test
  void aPairsFileWithoutIdColumnsIsRejectedNamingThem() throws IOException {
    Path tsv = write("a\tb\n1\t2\n");
    assertThatThrownBy(() -> EvalFiles.pairs(tsv)).hasMessageContaining("docno_a and docno_b");
  }

  @Test
  void malformedAndIdlessDocumentLinesAreSkippedAndCounted() throws IOException {
    Path jsonl =
        write(
            "{\"docno\":\"d1\",\"title\":\"عنوان\",\"text\":\"نص\",\"category\":\"sport\"}\n"
                + "not json\n[1,2]\n{\"title\":\"بلا رقم\"}\n\n");
    EvalFiles.Read<EvalDoc> read = EvalFiles.docs(jsonl);
    assertThat(read.items()).extracting(EvalDoc::docno).containsExactly("d1");
    assertThat(read.items().get(0).category()).isEqualTo("sport");
    assertThat(read.skipped()).isEqualTo(3);
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "eval", ".txt");
    return Files.writeString(file, content);
  }
}
