package org.marsad.enrich;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;
import org.marsad.eval.EvalDoc;
import org.marsad.eval.EvalDocs;
import org.marsad.model.ArticleText;

/**
 * The ANT sample's articles and the {@link TermCounts} of all of them, read once per test JVM from
 * the shared data; tests using them are skipped when it is absent.
 */
final class AntArticles {
  static final Path SAMPLE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");
  static final Path GAZETTEERS =
      Path.of(System.getProperty("marsad.data", "../shared/data"), "anercorp", "gazetteers");

  private static List<EvalDoc> docs;
  private static TermCounts counts;

  private AntArticles() {}

  /**
   * Skips a jqwik property when the ANT sample is absent, with the reason: inside a property, jqwik
   * takes {@link org.junit.jupiter.api.Assumptions} as a rejected try, and a property whose every
   * try is rejected fails instead of being skipped.
   */
  static final class Required implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
      return Files.isRegularFile(SAMPLE)
          ? SkipResult.doNotSkip()
          : SkipResult.skip("ANT sample absent (" + SAMPLE + "): property skipped");
    }
  }

  static synchronized List<EvalDoc> docs() {
    assumeTrue(Files.isRegularFile(SAMPLE), "ANT sample absent (" + SAMPLE + "): test skipped");
    if (docs == null) {
      try {
        docs = EvalDocs.read(SAMPLE).items();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  /** Every sample article counted, as the enrichment stage would have after an import. */
  static synchronized TermCounts counts() {
    if (counts == null) {
      TermCounts c = new TermCounts();
      docs().forEach(d -> c.add(text(d)));
      counts = c;
    }
    return counts;
  }

  static String text(EvalDoc d) {
    return ArticleText.of(d.title(), d.text());
  }
}
