package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.marsad.extract.HtmlArticleExtractor;
import org.marsad.extract.PlainTextDumpExtractor;
import org.marsad.extract.eval.ExtractionEvaluation;
import org.marsad.model.Page;

/**
 * Extraction throughput on one thread: plain-text dumps of the corpus articles; HTML pages made by
 * {@link NewsPageTemplate} around the corpus articles; and, when present, the real pages of the
 * article-extraction benchmark (decompressed before timing). MB/s counts the bytes of the input
 * page.
 */
final class ExtractionMeasurement implements Measurement {
  private final List<BenchDoc> docs;
  private final Throughput throughput;
  private final TokenSink sink;
  private final Path realPages;

  /**
   * @param realPages the article-extraction benchmark directory ({@code html/}, {@code
   *     ground-truth.json}); its rows are left out when it is absent
   */
  ExtractionMeasurement(
      List<BenchDoc> docs, Throughput throughput, TokenSink sink, Path realPages) {
    this.docs = docs;
    this.throughput = throughput;
    this.sink = sink;
    this.realPages = realPages;
  }

  @Override
  public List<Figure> run() throws IOException {
    List<Figure> figures = new ArrayList<>();
    PlainTextDumpExtractor dumps = new PlainTextDumpExtractor();
    List<Page> dumpPages = docs.stream().map(ExtractionMeasurement::textDump).toList();
    figures.addAll(measure("extract: text dump", dumpPages, p -> dumps.extract(p).body()));

    HtmlArticleExtractor html = new HtmlArticleExtractor();
    List<Page> templated = templatedPages(docs);
    figures.addAll(measure("extract: html (template)", templated, p -> html.extract(p).body()));

    Path truth = realPages.resolve("ground-truth.json");
    if (Files.isRegularFile(truth)) {
      List<Page> real =
          List.copyOf(
              ExtractionEvaluation.readPages(
                      realPages.resolve("html"), ExtractionEvaluation.readBodies(truth))
                  .values());
      figures.addAll(
          measure("extract: html (" + real.size() + " real)", real, p -> html.extract(p).body()));
    }
    return figures;
  }

  private List<Figure> measure(String task, List<Page> pages, Function<Page, String> extract) {
    Throughput.Result r =
        throughput.measure(
            task, pages, p -> p.bytes().length, p -> sink.consume(extract.apply(p).length()));
    return List.of(
        Figure.of(task, "docs/s", r.docsPerSecond()),
        Figure.of(task, "MB/s", r.megabytesPerSecond()));
  }

  /** Each article in the template, its boxes listing the titles of the next articles. */
  static List<Page> templatedPages(List<BenchDoc> docs) {
    List<Page> pages = new ArrayList<>(docs.size());
    int listed = NewsPageTemplate.LISTED_TITLES * 3;
    for (int i = 0; i < docs.size(); i++) {
      List<BenchDoc> others = new ArrayList<>(listed);
      for (int k = 1; k <= listed; k++) {
        others.add(docs.get((i + k) % docs.size()));
      }
      BenchDoc doc = docs.get(i);
      pages.add(NewsPageTemplate.render(doc, doc.url(), others));
    }
    return pages;
  }

  private static Page textDump(BenchDoc d) {
    byte[] bytes = (d.title() + "\n\n" + d.text()).getBytes(StandardCharsets.UTF_8);
    return new Page(bytes, "text/plain; charset=utf-8", null, false);
  }
}
