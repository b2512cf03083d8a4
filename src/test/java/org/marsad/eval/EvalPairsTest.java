package org.marsad.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testing.Reliability;

class EvalPairsTest {
  private static final List<EvalDoc> DOCS = docs("a", "b", "c", "d", "e", "f");

  @TempDir Path dir;

  @Test
  void labelledPairsKeepTheirLabelInAnyColumnOrderAndNoNegativesAreAdded() throws IOException {
    Path tsv = write("Label\tDOCNO_A\tdocno_b\n1\ta\tb\n0\tc\td\n");

    Read<EvalPair> read = EvalPairs.read(tsv, DOCS);

    assertThat(read.items())
        .containsExactly(new EvalPair("a", "b", true), new EvalPair("c", "d", false));
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void unlabelledPairsAreDuplicatesFollowedByAsManySeededNegativesNotListed() throws IOException {
    Path tsv = write("docno_a\tdocno_b\tjaccard_5gram\na\tb\t0.9\nc\td\t0.7\n");

    List<EvalPair> pairs = EvalPairs.read(tsv, DOCS).items();

    assertThat(pairs)
        .startsWith(new EvalPair("a", "b", true), new EvalPair("c", "d", true))
        .hasSize(4);
    List<EvalPair> negatives = pairs.subList(2, 4);
    assertThat(negatives).noneMatch(EvalPair::duplicate);
    assertThat(negatives).noneMatch(p -> p.a().equals(p.b()));
    Set<Set<String>> distinct = new HashSet<>();
    pairs.forEach(p -> distinct.add(Set.of(p.a(), p.b())));
    assertThat(distinct).as("no negative repeats a listed pair, either way round").hasSize(4);
    assertThat(EvalPairs.read(tsv, DOCS).items()).as("seeded").isEqualTo(pairs);
  }

  @Test
  void negativesAreDrawnFromTheSeedInTheDocumentsOrder() {
    List<EvalPair> forward = EvalPairs.withNegatives(List.of(new EvalPair("a", "b", true)), DOCS);
    List<EvalPair> backward =
        EvalPairs.withNegatives(
            List.of(new EvalPair("f", "e", true)), docs("f", "e", "d", "c", "b", "a"));

    assertThat(backward)
        .as("the same draws, read from the other end")
        .containsExactlyElementsOf(
            forward.stream()
                .map(p -> new EvalPair(mirror(p.a()), mirror(p.b()), p.duplicate()))
                .toList());
  }

  @Test
  void withFewerThanTwoDocumentsOrTooFewFreePairsFewerNegativesAreAdded() {
    List<EvalPair> positives = List.of(new EvalPair("a", "b", true));
    assertThat(EvalPairs.withNegatives(positives, docs("a"))).containsExactlyElementsOf(positives);

    List<EvalPair> allOfThree =
        List.of(
            new EvalPair("a", "b", true),
            new EvalPair("b", "c", true),
            new EvalPair("a", "c", true));
    assertThat(EvalPairs.withNegatives(allOfThree, docs("a", "b", "c")))
        .as("every pair of the three documents is listed: none is left to sample")
        .containsExactlyElementsOf(allOfThree);
  }

  @Test
  void badRowsAreSkippedWithTheirLineAndReason() throws IOException {
    Path tsv =
        write("label\tdocno_a\tdocno_b\n1\ta\tb\nx\te\tf\n1\tonly\n\n0\ta\tnope\n 0 \t c \t d \n");

    Read<EvalPair> read = EvalPairs.read(tsv, DOCS);

    assertThat(read.items())
        .containsExactly(new EvalPair("a", "b", true), new EvalPair("c", "d", false));
    assertThat(read.problems())
        .containsExactly(
            "pairs line 3: label 'x' is not 1 or 0",
            "pairs line 4: too few columns",
            "pairs line 6: unknown docno");
    Reliability.record(
        "bad-input",
        "EvalPairsTest.badRowsAreSkippedWithTheirLineAndReason",
        "evaluation pairs TSV with a label that is not 0 or 1, a one-id row, a blank row and a"
            + " docno not among the documents",
        "the good rows are read; each skipped row is named with its line number and reason",
        read.items().size() + " pairs read, " + read.skipped() + " rows skipped");
  }

  @Test
  void aPairsFileWithoutIdColumnsOrEmptyIsRejectedNamingWhatIsMissing() throws IOException {
    Path noIds = write("a\tb\n1\t2\n");
    Path empty = write("");

    assertThatThrownBy(() -> EvalPairs.read(noIds, DOCS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("docno_a and docno_b");
    assertThatThrownBy(() -> EvalPairs.read(empty, DOCS))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("empty pairs file");
  }

  private static List<EvalDoc> docs(String... docnos) {
    return IntStream.range(0, docnos.length)
        .mapToObj(i -> new EvalDoc(docnos[i], "", "", "", "", "", null, ""))
        .toList();
  }

  /** The docno at the same index from the other end of "a".."f". */
  private static String mirror(String docno) {
    return String.valueOf((char) ('a' + 'f' - docno.charAt(0)));
  }

  private Path write(String content) throws IOException {
    return Files.writeString(Files.createTempFile(dir, "pairs", ".tsv"), content);
  }
}
