package org.marsad.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.marsad.extract.ArticleExtractor;
import org.marsad.model.Page;

/**
 * Runs an extractor over a directory of pages and scores its bodies against a truth file with the
 * benchmark's {@link ShingleMetric}.
 *
 * <p>Formats: pages are {@code <id>.html} or {@code <id>.html.gz}; truth and predictions are JSON
 * objects {@code {id: {"articleBody": str, "url": str}}}. Speed is measured on one thread over
 * pages already in memory, after a warm-up (the JIT), in wall-clock time: it counts extraction and
 * the garbage it leaves, and so reads low on a machine shared with other work; compare extractors
 * measured in the same run.
 */
public final class ExtractionEvaluation {

  /** Extractions before timing starts: enough for the JIT to compile every extractor here. */
  static final int WARM_UP_PAGES = 1000;

  /** Timed rounds; the median is reported. */
  static final int ROUNDS = 3;

  /** Extractions per timed round at least: a one-page set is repeated. */
  static final int ROUND_MIN_PAGES = 150;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** A gold or predicted article body, with the page's address. */
  public record Body(String articleBody, String url) {}

  /** Scores, per-page figures, predictions and speed of one run. */
  public record Result(
      ShingleMetric.Scores scores,
      Map<String, ShingleMetric.PageScore> perPage,
      Map<String, Body> predictions,
      double pagesPerSecond) {}

  private ExtractionEvaluation() {}

  /** Reads a truth or prediction file. */
  public static Map<String, Body> readBodies(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root == null || !root.isObject()) {
      throw new IOException("not a JSON object of {id: {articleBody, url}}: " + file);
    }
    Map<String, Body> out = new LinkedHashMap<>();
    root.fields()
        .forEachRemaining(
            e ->
                out.put(
                    e.getKey(),
                    new Body(
                        e.getValue().path("articleBody").asText(""), textOrNull(e.getValue()))));
    return out;
  }

  /** Writes bodies in the truth file's shape. */
  public static void writeBodies(Map<String, Body> bodies, Path file) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    bodies.forEach(
        (id, b) -> {
          ObjectNode n = root.putObject(id);
          n.put("articleBody", b.articleBody());
          n.put("url", b.url());
        });
    JSON.writeValue(file.toFile(), root);
  }

  /** Reads the page of every truth id from {@code dir}; a missing page is an error. */
  public static Map<String, Page> readPages(Path dir, Map<String, Body> truth) throws IOException {
    Map<String, Page> pages = new LinkedHashMap<>();
    for (Map.Entry<String, Body> e : truth.entrySet()) {
      Path plain = dir.resolve(e.getKey() + ".html");
      Path gz = dir.resolve(e.getKey() + ".html.gz");
      byte[] bytes;
      if (Files.exists(plain)) {
        bytes = Files.readAllBytes(plain);
      } else if (Files.exists(gz)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
          bytes = in.readAllBytes();
        }
      } else {
        throw new IOException("no page for id " + e.getKey() + " in " + dir);
      }
      pages.put(e.getKey(), new Page(bytes, null, e.getValue().url(), false));
    }
    return pages;
  }

  /**
   * Extracts every page and scores the bodies. Speed: passes over all pages until {@link
   * #WARM_UP_PAGES} extractions have run (the JIT compiles the hot paths), then {@link #ROUNDS}
   * timed rounds of whole passes, each of at least {@link #ROUND_MIN_PAGES} extractions; the median
   * round's pages per second of wall-clock time is reported (wall, not thread CPU time, so that the
   * garbage collector's work on other threads is counted). Only {@code extract} calls are timed:
   * the pages are already read and unzipped, and scoring comes after.
   */
  public static Result run(
      ArticleExtractor extractor, Map<String, Page> pages, Map<String, Body> truth) {
    Map<String, Body> predictions = new LinkedHashMap<>();
    for (Map.Entry<String, Page> e : pages.entrySet()) {
      predictions.put(
          e.getKey(), new Body(extractor.extract(e.getValue()).body(), e.getValue().url()));
    }
    for (int done = pages.size(); done < WARM_UP_PAGES && !pages.isEmpty(); done += pages.size()) {
      extractAll(extractor, pages);
    }
    double[] rates = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      int done = 0;
      long start = System.nanoTime();
      do {
        extractAll(extractor, pages);
        done += pages.size();
      } while (done < ROUND_MIN_PAGES && !pages.isEmpty());
      double seconds = (System.nanoTime() - start) / 1e9;
      rates[r] = done / Math.max(seconds, 1e-9);
    }
    Arrays.sort(rates);
    Result scored = score(truth, predictions);
    return new Result(scored.scores(), scored.perPage(), predictions, rates[ROUNDS / 2]);
  }

  private static void extractAll(ArticleExtractor extractor, Map<String, Page> pages) {
    for (Page p : pages.values()) {
      extractor.extract(p);
    }
  }

  /** Scores existing predictions; an id without a prediction counts as an empty body. */
  public static Result score(Map<String, Body> truth, Map<String, Body> predictions) {
    Map<String, ShingleMetric.PageScore> perPage = new LinkedHashMap<>();
    List<ShingleMetric.PageScore> all = new ArrayList<>();
    for (Map.Entry<String, Body> e : truth.entrySet()) {
      Body p = predictions.get(e.getKey());
      ShingleMetric.PageScore s =
          ShingleMetric.score(e.getValue().articleBody(), p == null ? "" : p.articleBody());
      perPage.put(e.getKey(), s);
      all.add(s);
    }
    return new Result(ShingleMetric.aggregate(all), perPage, predictions, Double.NaN);
  }

  private static String textOrNull(JsonNode n) {
    JsonNode url = n.get("url");
    return url == null || url.isNull() ? null : url.asText();
  }
}
