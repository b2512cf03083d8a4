package org.marsad.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.extract.PageExtractor;
import org.marsad.extract.eval.ExtractionEvaluation.Body;
import org.marsad.model.Page;

/**
 * Marsad against readability4j on the same pages: the 181-page article-extraction benchmark and the
 * Arabic news page. Skipped when the shared data is absent. Prints the figures.
 */
class ExtractionEvaluationIT {

  private static final Path DATA = Path.of(System.getProperty("marsad.data", "../shared/data"));

  @TempDir Path dir;

  @Test
  void benchmarkF1AtLeastReadability4j() throws IOException {
    Path bench = DATA.resolve("article-extraction-benchmark");
    assumeTrue(Files.isDirectory(bench), "no benchmark data at " + bench);
    Map<String, Body> truth = ExtractionEvaluation.readBodies(bench.resolve("ground-truth.json"));
    Map<String, Page> pages = ExtractionEvaluation.readPages(bench.resolve("html"), truth);
    compare("benchmark", pages, truth);
  }

  @Test
  void arabicPageF1AtLeastReadability4j() throws IOException {
    Path arabic = DATA.resolve("arabic-news-html");
    assumeTrue(Files.isDirectory(arabic), "no Arabic news data at " + arabic);
    String id = "cnn_arabic_2013_syria_clashes";
    Files.copy(arabic.resolve(id + ".html"), dir.resolve(id + ".html"));
    Map<String, Body> truth =
        Map.of(id, new Body(Files.readString(arabic.resolve(id + ".expected.txt")), null));
    compare("arabic-news", ExtractionEvaluation.readPages(dir, truth), truth);
  }

  private static void compare(String dataset, Map<String, Page> pages, Map<String, Body> truth) {
    ExtractionEvaluation.Result marsad =
        ExtractionEvaluation.run(new PageExtractor(), pages, truth);
    ExtractionEvaluation.Result baseline =
        ExtractionEvaluation.run(new Readability4jExtractor(), pages, truth);
    print("marsad", dataset, marsad);
    print("readability4j", dataset, baseline);
    assertThat(marsad.scores().f1()).isGreaterThanOrEqualTo(baseline.scores().f1());
  }

  private static void print(String name, String dataset, ExtractionEvaluation.Result r) {
    System.out.printf(
        Locale.ROOT,
        "extraction\t%s\t%s\tpages=%d\tP=%.3f\tR=%.3f\tF1=%.3f\tpages/s=%.0f%n",
        name,
        dataset,
        r.scores().pages(),
        r.scores().precision(),
        r.scores().recall(),
        r.scores().f1(),
        r.pagesPerSecond());
  }
}
