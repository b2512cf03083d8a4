package org.marsad.story;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;

/**
 * The ANT sample's articles as story documents in publication order (ids 1..n in that order), read
 * from the shared data; tests using them are skipped when the data is absent.
 */
final class AntStream {
  static final Path DIRECTORY =
      Path.of(System.getProperty("marsad.data", "../shared/data"), "ant-corpus-v2.1-sample");
  static final Path SAMPLE = DIRECTORY.resolve("ant_v2.1_sample.jsonl");
  static final Path SILVER_PAIRS = DIRECTORY.resolve("near_duplicates_silver.tsv");

  private AntStream() {}

  /** The first {@code count} articles by publication date. */
  static List<StoryDoc> docs(int count) {
    assumeTrue(Files.isRegularFile(SAMPLE), "ANT sample absent (" + SAMPLE + "): test skipped");
    List<EvalDoc> read;
    try {
      read = EvalDocs.read(SAMPLE).items();
    } catch (IOException e) {
      throw new AssertionError("cannot read " + SAMPLE, e);
    }
    List<StoryDoc> docs = new ArrayList<>();
    for (EvalDoc d : read) {
      docs.add(
          new StoryDoc(
              0,
              d.source(),
              d.title(),
              d.text(),
              Objects.requireNonNull(d.published(), () -> "undated: " + d.docno()),
              null));
    }
    docs.sort(Comparator.comparing(StoryDoc::published));
    List<StoryDoc> numbered = new ArrayList<>();
    for (int i = 0; i < Math.min(count, docs.size()); i++) {
      StoryDoc d = docs.get(i);
      numbered.add(new StoryDoc(i + 1L, d.source(), d.title(), d.body(), d.published(), null));
    }
    return numbered;
  }
}
