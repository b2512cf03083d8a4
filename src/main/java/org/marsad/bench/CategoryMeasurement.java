package org.marsad.bench;

import java.io.PrintWriter;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.marsad.enrich.CategoryClassifier;
import org.marsad.enrich.CategoryClassifiers;
import org.marsad.search.ArabicNewsAnalyzer;

/**
 * Categorization throughput of the shipped category model over the corpus articles (title and
 * body), beside tokenizing the same text with {@link ArabicNewsAnalyzer} in the same run: the ratio
 * says what classifying costs over merely reading the words. No figures without a shipped model.
 */
final class CategoryMeasurement implements Measurement {
  static final String TASK = "category";

  private final List<BenchDoc> docs;
  private final Throughput throughput;
  private final TokenSink sink;
  private final PrintWriter log;

  CategoryMeasurement(List<BenchDoc> docs, Throughput throughput, TokenSink sink, PrintWriter log) {
    this.docs = docs;
    this.throughput = throughput;
    this.sink = sink;
    this.log = log;
  }

  @Override
  public List<Figure> run() {
    CategoryClassifier classifier = CategoryClassifiers.shipped();
    if (classifier == null) {
      log.println("bench: category: this build ships no category model, no figures");
      return List.of();
    }
    try (Analyzer analyzer = new ArabicNewsAnalyzer()) {
      Throughput.Result tokenize =
          throughput.measure(
              "tokenize", docs, d -> sink.consume(analyzer, d.title() + "\n\n" + d.text()));
      Throughput.Result classify =
          throughput.measure(
              "classify", docs, d -> sink.consume(classifier.classify(d.title(), d.text())));
      return List.of(
          new Figure(TASK, "docs/s", classify.docsPerSecond(), tokenize.docsPerSecond()),
          new Figure(TASK, "MB/s", classify.megabytesPerSecond(), tokenize.megabytesPerSecond()));
    }
  }
}
