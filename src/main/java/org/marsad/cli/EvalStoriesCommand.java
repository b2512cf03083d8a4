package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.story.Story;
import org.marsad.story.StoryClusterer;
import org.marsad.story.eval.StoryDocEntities;
import org.marsad.story.eval.StoryEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval stories}: story clustering against labelled pairs and categories. */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Stream DOCS (JSONL: docno, title, text, optionally source, url, pub_date_raw, category)",
      "by publication date through Marsad's story clustering and score the stories against PAIRS",
      "(TSV with header docno_a, docno_b, optional label 1/0). Ends with the line",
      "'pair recall R separation S purity P'."
    })
final class EvalStoriesCommand implements Runnable {
  @Option(names = "--docs", required = true, description = "Documents (JSONL).")
  Path docs;

  @Option(names = "--pairs", required = true, description = "Pairs (TSV with a header).")
  Path pairs;

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
    EvalSimilarityCommand.requireFile(docs, "--docs");
    EvalSimilarityCommand.requireFile(pairs, "--pairs");
    StoryEvaluation.Result r;
    try {
      r = StoryEvaluation.run(docs, pairs, new StoryClusterer(), StoryDocEntities.of(entities));
    } catch (IOException e) {
      throw new UserInputException("cannot read the evaluation files: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "docs: %d (skipped lines: %d, undated: %d), %.0f docs/s%n",
        r.docs(),
        r.skippedLines(),
        r.undated(),
        r.docsPerSecond());
    out.printf(Locale.ROOT, "stories: %d (merges: %d)%n", r.stories(), r.merges());
    out.printf(Locale.ROOT, "sizes: %s%n", r.sizes());
    out.printf(
        Locale.ROOT,
        "pair recall: %.4f (%d of %d positive pairs share a story)%n",
        r.pairRecall(),
        r.recalled(),
        r.positives());
    out.printf(
        Locale.ROOT,
        "  of which %d pairs of two bodies under %d chars (a line of boilerplate), %d together;"
            + " recall over the other pairs: %.4f%n",
        r.shortBodyPositives(),
        StoryEvaluation.SHORT_BODY_CHARS,
        r.shortBodyRecalled(),
        r.longBodyPairRecall());
    out.printf(
        Locale.ROOT,
        "separation: %.4f (%d of %d negative pairs apart)%n",
        r.separation(),
        r.separated(),
        r.negatives());
    out.printf(
        Locale.ROOT,
        "purity: %.4f (%d of %d categorized docs in their story's majority category)%n",
        r.purity(),
        r.pure(),
        r.categorized());
    out.println("largest stories:");
    for (Story s : r.largest()) {
      out.printf(
          Locale.ROOT,
          "  %4d articles  %d sources  %s .. %s  %s%n",
          s.size(),
          s.sources().size(),
          s.firstSeen(),
          s.lastSeen(),
          s.headline());
    }
    out.printf(
        Locale.ROOT,
        "pair recall %.4f separation %.4f purity %.4f%n",
        r.pairRecall(),
        r.separation(),
        r.purity());
  }
}
