package org.marsad.extract.eval;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.marsad.extract.ArticleExtractor;
import org.marsad.extract.eval.ExtractionEvaluation.Body;
import org.marsad.model.Page;

/**
 * Writes a baseline extractor's predictions for {@code marsad eval extraction --baseline}: the
 * baselines live on the test classpath so that the shipped jar carries none of them.
 * eval/extraction.sh runs it with {@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.marsad.extract.eval.BaselinePredictions -Dexec.args="NAME PAGES TRUTH OUT"};
 * it prints {@code baseline NAME pages/s=N}, timed as {@link ExtractionEvaluation#run} times
 * Marsad.
 */
public final class BaselinePredictions {

  /** The baselines by the name given on the command line. */
  static final Map<String, Supplier<ArticleExtractor>> BASELINES =
      Map.of("readability4j", Readability4jExtractor::new);

  private BaselinePredictions() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4 || !BASELINES.containsKey(args[0])) {
      System.err.println(
          "usage: BaselinePredictions NAME PAGES_DIR TRUTH.json OUT.json; NAME one of "
              + BASELINES.keySet());
      System.exit(2);
    }
    Map<String, Body> truth = ExtractionEvaluation.readBodies(Path.of(args[2]));
    Map<String, Page> pages = ExtractionEvaluation.readPages(Path.of(args[1]), truth);
    ExtractionEvaluation.Result result =
        ExtractionEvaluation.run(BASELINES.get(args[0]).get(), pages, truth);
    ExtractionEvaluation.writeBodies(result.predictions(), Path.of(args[3]));
    System.out.printf(
        Locale.ROOT, "baseline\t%s\tpages/s=%.0f%n", args[0], result.pagesPerSecond());
  }
}
