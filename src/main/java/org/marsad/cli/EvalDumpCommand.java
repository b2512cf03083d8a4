package org.marsad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.marsad.extract.eval.DumpEvaluation;
import org.marsad.extract.eval.ExtractionEvaluation;
import org.marsad.extract.eval.ShingleMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad eval dump}: the plain-text dump parser on WET-like text of real pages. */
@Command(
    name = "dump",
    mixinStandardHelpOptions = true,
    description = {
      "Turn PAGES (<id>.html or <id>.html.gz) into plain-text dumps as web-crawl text records",
      "(WET) are made, parse them with Marsad's dump parser and score the bodies against TRUTH",
      "({id: {articleBody, url}}), beside the HTML extractor's score on the same pages."
    })
final class EvalDumpCommand implements Runnable {
  @Option(
      names = "--pages",
      required = true,
      description = "Directory of <id>.html or <id>.html.gz pages.")
  Path pages;

  @Option(names = "--truth", required = true, description = "Gold bodies: {id: {articleBody}}.")
  Path truth;

  @Option(names = "--dataset", defaultValue = "-", description = "Label of the page set.")
  String dataset;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    if (!Files.isDirectory(pages)) {
      throw new UserInputException("not a directory: --pages " + pages);
    }
    DumpEvaluation.Result result;
    try {
      Map<String, ExtractionEvaluation.Body> gold = ExtractionEvaluation.readBodies(truth);
      result = DumpEvaluation.run(ExtractionEvaluation.readPages(pages, gold), gold);
    } catch (IOException e) {
      throw new UserInputException("cannot read --truth or --pages: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    print(out, "dump-parser", result.dump().scores());
    print(out, "html-extractor", result.html().scores());
    out.flush();
  }

  private void print(PrintWriter out, String parser, ShingleMetric.Scores s) {
    out.printf(
        Locale.ROOT,
        "dump\t%s\t%s\tpages=%d\tP=%.3f\tR=%.3f\tF1=%.3f%n",
        parser,
        dataset,
        s.pages(),
        s.precision(),
        s.recall(),
        s.f1());
  }
}
