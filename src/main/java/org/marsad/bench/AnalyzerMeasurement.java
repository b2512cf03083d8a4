package org.marsad.bench;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.search.ArabicNewsAnalyzer;

/**
 * Tokenization throughput of Marsad's {@link ArabicNewsAnalyzer} beside Lucene's stock {@link
 * ArabicAnalyzer} over the same bodies in the same run.
 */
final class AnalyzerMeasurement implements Measurement {
  static final String TASK = "analyzer";

  private final List<BenchDoc> docs;
  private final Throughput throughput;
  private final TokenSink sink;

  AnalyzerMeasurement(List<BenchDoc> docs, Throughput throughput, TokenSink sink) {
    this.docs = docs;
    this.throughput = throughput;
    this.sink = sink;
  }

  @Override
  public List<Figure> run() {
    try (Analyzer stock = new ArabicAnalyzer();
        Analyzer marsad = new ArabicNewsAnalyzer()) {
      Throughput.Result base =
          throughput.measure("stock", docs, d -> sink.consume(stock, d.text()));
      Throughput.Result ours =
          throughput.measure("marsad", docs, d -> sink.consume(marsad, d.text()));
      return List.of(
          new Figure(TASK, "docs/s", ours.docsPerSecond(), base.docsPerSecond()),
          new Figure(TASK, "MB/s", ours.megabytesPerSecond(), base.megabytesPerSecond()));
    }
  }
}
