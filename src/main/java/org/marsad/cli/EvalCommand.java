package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.marsad.dedup.DedupConfig;
import org.marsad.dedup.DedupDoc;
import org.marsad.dedup.eval.DedupEvaluation;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.eval.ExtractionEvaluation;
import org.marsad.extract.eval.ExtractionEvaluation.Body;
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
      EvalCommand.Dedup.class,
      EvalDumpCommand.class,
      EvalSimilarityCommand.class,
      EvalStoriesCommand.class,
      EvalNerCommand.class,
      EvalCategoryCommand.class
    })
public final class EvalCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code marsad eval extraction}: article-body precision, recall, F1 and speed. */
  @Command(
      name = "extraction",
      mixinStandardHelpOptions = true,
      description = {
        "Extract article bodies from PAGES (<id>.html or <id>.html.gz) with Marsad and score them",
        "against TRUTH ({id: {articleBody, url}}) by the article-extraction-benchmark metric",
        "(4-token shingles, per-page normalized). With --pred, score existing predictions.",
        "Each --baseline NAME=FILE scores another extractor's predictions (same JSON shape,",
        "made by any program) on the same truth, one line each."
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
        names = "--baseline",
        paramLabel = "NAME=FILE",
        description =
            "Also score this extractor's predictions (repeatable), e.g. readability4j=r.json.")
    Map<String, Path> baselines = new LinkedHashMap<>();

    @Option(names = "--name", description = "Label of this run in the output (default: marsad).")
    String name;

    @Option(names = "--dataset", defaultValue = "", description = "Label of the page set.")
    String dataset;

    @Option(names = "--worst", defaultValue = "0", description = "List the N lowest-F1 pages.")
    int worst;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      PrintWriter console = spec.commandLine().getOut();
      Map<String, Body> gold = read(truth, "--truth " + truth);
      ExtractionEvaluation.Result result;
      String label = name != null ? name : pred != null ? "predictions" : "marsad";
      if (pred != null) {
        result = ExtractionEvaluation.score(gold, predictions(gold, pred, "--pred " + pred));
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
                  new PageExtractor(), ExtractionEvaluation.readPages(pages, gold), gold);
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
      printRow(console, label, result);
      baselines.forEach(
          (baseline, file) ->
              printRow(
                  console,
                  baseline,
                  ExtractionEvaluation.score(
                      gold, predictions(gold, file, "--baseline " + baseline + "=" + file))));
    }

    private void printRow(PrintWriter console, String label, ExtractionEvaluation.Result result) {
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

    /**
     * Reads a predictions file; truth ids it does not cover score as empty bodies, and the count is
     * said on standard error so that a partial file is not mistaken for a poor extractor.
     */
    private Map<String, Body> predictions(Map<String, Body> gold, Path file, String given) {
      Map<String, Body> predicted = read(file, given);
      long missing = gold.keySet().stream().filter(id -> !predicted.containsKey(id)).count();
      if (missing > 0) {
        spec.commandLine()
            .getErr()
            .printf(
                Locale.ROOT,
                "eval extraction: %s has no prediction for %d of %d truth ids (scored as empty)%n",
                given,
                missing,
                gold.size());
      }
      return predicted;
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

    /** Reads bodies from {@code file}; {@code given} is the option as typed, for messages. */
    private static Map<String, Body> read(Path file, String given) {
      if (!Files.isRegularFile(file)) {
        throw new UserInputException("no such file: " + given);
      }
      try {
        return ExtractionEvaluation.readBodies(file);
      } catch (IOException e) {
        throw new UserInputException("cannot read " + given + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@code marsad eval dedup}: duplicate-group precision and recall over labelled pairs. */
  @Command(
      name = "dedup",
      mixinStandardHelpOptions = true,
      description = {
        "Ingest DOCS (JSONL: docno, title, text, optional source, url, pub_date_raw) in file order",
        "through duplicate detection and score PAIRS (TSV with header docno_a, docno_b, optional",
        "label 1/0; without labels, as many seeded random pairs are the negatives). Ends with",
        "'precision P recall R'."
      })
  static final class Dedup implements Runnable {
    @Option(names = "--docs", required = true, description = "Documents, JSONL.")
    Path docs;

    @Option(names = "--pairs", required = true, description = "Pairs, TSV with a header.")
    Path pairs;

    @Option(names = "--show", defaultValue = "5", description = "Print N errors of each kind.")
    int show;

    @Option(
        names = "--window-days",
        defaultValue = "30",
        description =
            "Articles published further apart are not copies (default: ${DEFAULT-VALUE}, as"
                + " dedup.window). The file's order does not matter.")
    int windowDays;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      for (Path p : new Path[] {docs, pairs}) {
        if (!Files.isRegularFile(p)) {
          throw new UserInputException("no such file: " + p);
        }
      }
      DedupEvaluation.Inputs in;
      try {
        in = DedupEvaluation.read(docs, pairs);
      } catch (IOException e) {
        throw new UserInputException(
            "cannot read " + docs + " or " + pairs + ": " + e.getMessage(), e);
      }
      DedupConfig config = config();
      DedupEvaluation.Result result = DedupEvaluation.run(in.docs(), in.pairs(), config);
      Map<String, DedupDoc> byId =
          in.docs().stream().collect(Collectors.toMap(DedupDoc::id, Function.identity()));
      spec.commandLine().getOut().printf(Locale.ROOT, "window %d days%n", windowDays);
      DedupEvaluation.print(spec.commandLine().getOut(), in, result, byId, config, show);
    }

    private DedupConfig config() {
      try {
        return DedupEvaluation.config(windowDays);
      } catch (IllegalArgumentException e) {
        throw new UserInputException("--window-days " + windowDays + ": " + e.getMessage(), e);
      }
    }
  }
}
