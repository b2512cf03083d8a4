package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.extract.PlainTextDumpExtractor;
import org.marsad.model.Page;
import org.marsad.search.ArabicNewsAnalyzer;
import org.marsad.text.ArabicNormalizer;

/**
 * {@code marsad bench}: throughput of Marsad's text stages over a corpus, with Lucene's stock
 * {@link ArabicAnalyzer} over the same texts in the same run as the baseline.
 */
public final class Benchmark {
  private final Path corpus;
  private final Throughput throughput;

  public Benchmark(Path corpus, double secondsPerRound, int rounds) {
    this.corpus = corpus;
    this.throughput = new Throughput(secondsPerRound, rounds);
  }

  /** Runs every task and prints the table, ending with the analyzer-versus-baseline line. */
  public void run(PrintWriter out) throws IOException {
    List<BenchDoc> docs = BenchCorpus.read(corpus);
    if (docs.isEmpty()) {
      throw new IOException("no documents with a text field in " + corpus);
    }
    out.printf(Locale.ROOT, "corpus: %s (%d docs)%n", corpus, docs.size());
    TokenSink sink = new TokenSink();
    List<Throughput.Result> results = new ArrayList<>();

    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    results.add(
        throughput.measure("normalize", docs, d -> sink.consume(normalizer.normalize(d.text()))));

    try (Analyzer baseline = new ArabicAnalyzer();
        Analyzer marsad = new ArabicNewsAnalyzer()) {
      Throughput.Result base =
          throughput.measure(
              "baseline: lucene ArabicAnalyzer", docs, d -> sink.consume(baseline, d.text()));
      Throughput.Result ours =
          throughput.measure(
              "analyzer: ArabicNewsAnalyzer", docs, d -> sink.consume(marsad, d.text()));
      results.add(base);
      results.add(ours);

      PlainTextDumpExtractor dumps = new PlainTextDumpExtractor();
      results.add(
          throughput.measure(
              "extract: text dump",
              docs,
              d -> sink.consume(dumps.extract(textDump(d)).body().length())));

      printTable(out, results);
      out.printf(Locale.ROOT, "checksum: %x%n", sink.checksum());
      out.printf(
          Locale.ROOT,
          "analyzer: %.0f docs/s, %.2f x baseline%n",
          ours.docsPerSecond(),
          ours.docsPerSecond() / base.docsPerSecond());
    }
  }

  private static Page textDump(BenchDoc d) {
    byte[] bytes = (d.title() + "\n\n" + d.text()).getBytes(StandardCharsets.UTF_8);
    return new Page(bytes, "text/plain; charset=utf-8", null, false);
  }

  private static void printTable(PrintWriter out, List<Throughput.Result> results) {
    out.printf(Locale.ROOT, "%-36s %12s %10s%n", "task", "docs/s", "MB/s");
    for (Throughput.Result r : results) {
      out.printf(
          Locale.ROOT,
          "%-36s %12.0f %10.2f%n",
          r.name(),
          r.docsPerSecond(),
          r.megabytesPerSecond());
    }
  }
}
