package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code marsad bench}: throughput and latency figures against a stock-Lucene baseline. */
@Command(
    name = "bench",
    description =
        "Measure Marsad's stages (throughput: median of rounds; search latency: p50/p99) beside"
            + " Lucene's stock ArabicAnalyzer.")
final class BenchCommand implements Callable<Integer> {
  static final Path DATA = Path.of(System.getProperty("marsad.data", "../shared/data"));
  static final Path DEFAULT_CORPUS =
      DATA.resolve("ant-corpus-v2.1-sample").resolve("ant_v2.1_sample.jsonl");

  @Option(
      names = "--corpus",
      description = "JSONL with the ANT fields (default: ${DEFAULT-VALUE}).")
  Path corpus = DEFAULT_CORPUS;

  @Option(
      names = "--seconds",
      description = "Seconds per measured throughput round (default: ${DEFAULT-VALUE}).")
  double seconds = 2;

  @Option(
      names = "--rounds",
      description =
          "Measured throughput rounds; the median is reported (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "PART",
      description =
          "Run only these parts: normalize,analyzer,extract,dedup,import,stories,ner,category,"
              + "search,load,web,fetch.")
  List<String> only = Benchmark.PARTS;

  @Option(
      names = "--scale",
      paramLabel = "N",
      description = "Articles in the large search corpus (default: ${DEFAULT-VALUE}).")
  int scale = 100_000;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "Concurrent clients of the load and web parts (default: ${DEFAULT-VALUE}).")
  int clients = 50;

  @Option(
      names = "--load-seconds",
      paramLabel = "S",
      description =
          "Seconds of each load period: cold, warm, in-process, web (default: ${DEFAULT-VALUE}).")
  double loadSeconds = 20;

  @Option(
      names = "--backend",
      paramLabel = "KIND",
      description =
          "embedded (default: the parts of --only) or solr: the SolrCloud backend against the"
              + " embedded one on clusters of --solr-nodes nodes started here (needs the test"
              + " cluster built: mvn -f solr-test-cluster/pom.xml package).")
  String backend = "embedded";

  @Option(
      names = "--solr-nodes",
      split = ",",
      paramLabel = "N",
      description = "Cluster sizes of --backend solr (default: ${DEFAULT-VALUE}).")
  List<Integer> solrNodes = List.of(1, 2, 3);

  @Option(
      names = "--solr-articles",
      paramLabel = "N",
      description =
          "Articles --backend solr stores, indexes and searches (default: ${DEFAULT-VALUE}).")
  int solrArticles = 2_000;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!Files.isReadable(corpus)) {
      throw new UserInputException("corpus not readable: " + corpus);
    }
    if (seconds <= 0 || rounds < 1) {
      throw new UserInputException("--seconds must be > 0 and --rounds >= 1");
    }
    if (scale < 1) {
      throw new UserInputException("--scale must be >= 1: " + scale);
    }
    if (clients < 1 || loadSeconds <= 0) {
      throw new UserInputException("--clients must be >= 1 and --load-seconds > 0");
    }
    Set<String> parts = new LinkedHashSet<>(only);
    parts.removeAll(Benchmark.PARTS);
    parts.remove(Benchmark.SOLR_PART);
    if (!parts.isEmpty()) {
      throw new UserInputException(
          "unknown --only part "
              + parts
              + ": choose from "
              + String.join(",", Benchmark.PARTS)
              + ","
              + Benchmark.SOLR_PART);
    }
    Set<String> chosen =
        switch (backend) {
          case "embedded" -> Set.copyOf(only);
          case "solr" -> Set.of(Benchmark.SOLR_PART);
          default ->
              throw new UserInputException("--backend is embedded or solr, not '" + backend + "'");
        };
    if (solrArticles < 1 || solrNodes.isEmpty() || solrNodes.stream().anyMatch(n -> n < 1)) {
      throw new UserInputException("--solr-articles and every --solr-nodes count must be >= 1");
    }
    new Benchmark(
            new Benchmark.Settings(
                corpus,
                seconds,
                rounds,
                scale,
                clients,
                loadSeconds,
                chosen,
                DATA.resolve("article-extraction-benchmark"),
                json,
                solrNodes,
                solrArticles,
                Path.of("solr-test-cluster", "target")))
        .run(spec.commandLine().getOut(), spec.commandLine().getErr());
    return 0;
  }
}
