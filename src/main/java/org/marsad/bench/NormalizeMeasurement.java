package org.marsad.bench;

import java.util.List;
import org.marsad.text.ArabicNormalizer;

/** Throughput of the Arabic normalizer over the corpus bodies (no baseline: Lucene has none). */
final class NormalizeMeasurement implements Measurement {
  private final List<BenchDoc> docs;
  private final Throughput throughput;
  private final TokenSink sink;

  NormalizeMeasurement(List<BenchDoc> docs, Throughput throughput, TokenSink sink) {
    this.docs = docs;
    this.throughput = throughput;
    this.sink = sink;
  }

  @Override
  public List<Figure> run() {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    Throughput.Result r =
        throughput.measure("normalize", docs, d -> sink.consume(normalizer.normalize(d.text())));
    return List.of(
        Figure.of("normalize", "docs/s", r.docsPerSecond()),
        Figure.of("normalize", "MB/s", r.megabytesPerSecond()));
  }
}
