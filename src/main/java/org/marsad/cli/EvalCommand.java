package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.eval.ExtractionEvaluation;
import org.marsad.extract.eval.ExtractionEvaluation.Body;
import org.marsad.extract.eval.Readability4jExtractor;
import org.marsad.extract.eval.ShingleMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval}: measures Marsad's stages against gold data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Measure a stage against gold data.",
    subcommands = {
      EvalCommand.Extraction.class,
      EvalSimilarityCommand.class,
      EvalStoriesCommand.class
    })
public final class EvalCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Which extractor to run. */
  enum ExtractorName {
    marsad,
    readability4j
  }

  /** {@code marsad eval extraction}: article-body precision, recall, F1 and speed. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Extract article bodies from PAGES (<id>.html or <id>.html.gz) and score them against",
        "TRUTH ({id: {articleBody, url}}) by the article-extraction-benchmark metric",
        "(4-token shingles, per-page normalized). With --pred, score existing predictions."
      })
  static final class Extraction implements Runnable {
    @Option(names = "--pages", description = "Directory of <id>.html or <id>.html.gz pages.")
    Path pages;

    @Option(names = "--truth", required = true, description = "Gold bodies: {id: {articleBody}}.")
    Path truth;

    @Option(names = "--out", description = "Write predictions here, in the truth file's shape.")
    Path out;

    @Option(names = "--pred", description = "Score these predictions instead of extracting.")
    Path pred;

    @Option(
        names = "--extractor",
        defaultValue = "marsad",
        description = "marsad (default) or readability4j.")
    ExtractorName extractor;

    @Option(names = "--name", description = "Label of this run in the output (default: extractor).")
    String name;

    @Option(names = "--dataset", defaultValue = "", description = "Label of the page set.")
    String dataset;

    @Option(names = "--worst", defaultValue = "0", description = "List the N lowest-F1 pages.")
    int worst;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      PrintWriter console = spec.commandLine().getOut();
      Map<String, Body> gold = read(truth, "--truth");
      ExtractionEvaluation.Result result;
      String label = name != null ? name : pred != null ? "predictions" : extractor.name();
      if (pred != null) {
        result = ExtractionEvaluation.score(gold, read(pred, "--pred"));
      } else {
        if (pages == null) {
          throw new UserInputException("give --pages DIR to extract, or --pred FILE to score");
        }
        if (!Files.isDirectory(pages)) {
          throw new UserInputException("not a directory: --pages " + pages);
        }
        try {
          result =
              ExtractionEvaluation.run(
                  extractor(), ExtractionEvaluation.readPages(pages, gold), gold);
        } catch (IOException e) {
          throw new UserInputException("cannot read pages: " + e.getMessage(), e);
        }
      }
      if (out != null) {
        try {
          ExtractionEvaluation.writeBodies(result.predictions(), out);
        } catch (IOException e) {
          throw new UserInputException("cannot write --out " + out + ": " + e.getMessage(), e);
        }
      }
      printWorst(console, result);
      ShingleMetric.Scores s = result.scores();
      console.printf(
          Locale.ROOT,
          "extraction\t%s\t%s\tpages=%d\tP=%.3f\tR=%.3f\tF1=%.3f\tpages/s=%s%n",
          label,
          dataset,
          s.pages(),
          s.precision(),
          s.recall(),
          s.f1(),
          Double.isNaN(result.pagesPerSecond())
              ? "-"
              : String.format(Locale.ROOT, "%.0f", result.pagesPerSecond()));
    }

    private ArticleExtractor extractor() {
      return switch (extractor) {
        case marsad -> new PageExtractor();
        case readability4j -> new Readability4jExtractor();
      };
    }

    private void printWorst(PrintWriter out, ExtractionEvaluation.Result result) {
      result.perPage().entrySet().stream()
          .sorted(Comparator.comparingDouble(e -> f1(e.getValue())))
          .limit(worst)
          .forEach(
              e ->
                  out.printf(
                      Locale.ROOT,
                      "worst\t%s\tP=%.3f\tR=%.3f\tF1=%.3f%n",
                      e.getKey(),
                      ratio(e.getValue().tp(), e.getValue().fp()),
                      ratio(e.getValue().tp(), e.getValue().fn()),
                      f1(e.getValue())));
    }

    private static double ratio(double tp, double other) {
      return tp + other == 0 ? 1 : tp / (tp + other);
    }

    private static double f1(ShingleMetric.PageScore s) {
      double p = ratio(s.tp(), s.fp());
      double r = ratio(s.tp(), s.fn());
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<String, Body> read(Path file, String option) {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + option + " " + file);
      }
      try {
        return ExtractionEvaluation.readBodies(file);
      } catch (IOException e) {
        throw new UserInputException(
            "cannot read " + option + " " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
