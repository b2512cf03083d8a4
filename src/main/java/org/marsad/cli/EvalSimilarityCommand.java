package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.story.eval.SimilarityEvaluation;
import org.marsad.story.eval.StoryDocEntities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval similarity}: article similarity against human ratings. */
@Command(
    name = "similarity",
    mixinStandardHelpOptions = true,
    description = {
      "Correlate Marsad's article similarity with human ratings of article pairs (JSONL with",
      "text1, text2 and Overall, 1 = very similar ... 4 = very dissimilar, as in SemEval-2022",
      "Task 8). Ends with the line 'pearson R' (absolute value)."
    })
final class EvalSimilarityCommand implements Runnable {
  @Option(names = "--pairs", required = true, description = "Rated pairs (JSONL).")
  Path pairs;

  @Option(
      names = "--background",
      description = "JSONL corpus (title, text) to learn document frequencies from first.")
  Path background;

  @Option(
      names = "--entities",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Give documents the entities the enrichment stage finds (default); --no-entities to"
              + " measure without them.")
  boolean entities;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    requireFile(pairs, "--pairs");
    if (background != null) {
      requireFile(background, "--background");
    }
    SimilarityEvaluation.Result r;
    try {
      r = SimilarityEvaluation.run(pairs, background, StoryDocEntities.of(entities));
    } catch (IOException e) {
      throw new UserInputException("cannot read the evaluation files: " + e.getMessage(), e);
    }
    if (r.pairs() < 2) {
      throw new UserInputException(
          "need at least two rated pairs in --pairs " + pairs + ", found " + r.pairs());
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "pairs: %d (skipped lines: %d)%n", r.pairs(), r.skipped());
    out.printf(Locale.ROOT, "background documents: %d%n", r.backgroundDocs());
    out.printf(
        Locale.ROOT, "pearson (similarity vs rating, 1 = very similar): %.4f%n", r.pearson());
    out.printf(
        Locale.ROOT, "speed: %.0f pairs/s (one thread, from raw text)%n", r.pairsPerSecond());
    out.printf(Locale.ROOT, "pearson %.4f%n", Math.abs(r.pearson()));
  }

  static void requireFile(Path file, String option) {
    if (!Files.isRegularFile(file)) {
      throw new UserInputException("no such file: " + option + " " + file);
    }
  }
}
