package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * {@code marsad bench}: Marsad's throughput and latency figures, with Lucene's stock {@link
 * ArabicAnalyzer} over the same texts in the same run as the baseline where one exists. The
 * measurements are assembled here, one class each; {@link Settings#only} picks a subset.
 */
public final class Benchmark {
  /** The measurement names, in the order they run. */
  public static final List<String> PARTS =
      List.of(
          "normalize",
          "analyzer",
          "extract",
          "dedup",
          "import",
          "stories",
          "category",
          "search",
          "load",
          "web",
          "fetch",
          "ner");

  /**
   * The SolrCloud backend against the embedded one ({@code marsad bench --backend solr}): not among
   * the default parts, since it starts clusters of up to three nodes on this machine.
   */
  public static final String SOLR_PART = "solr";

  /**
   * What to run and how long.
   *
   * @param corpus JSONL corpus with the ANT fields
   * @param secondsPerRound duration of one throughput round
   * @param rounds measured throughput rounds (median reported)
   * @param scale size of the large search corpus (the corpus repeated with distinct URLs)
   * @param clients concurrent clients of the load and web parts
   * @param loadSeconds duration of each load period (and of the web part's one period)
   * @param only the parts to run, a subset of {@link #PARTS} and {@link #SOLR_PART}
   * @param extractionPages the article-extraction benchmark directory (rows skipped when absent)
   * @param json where to write the figures as JSON as well, or null
   * @param solrNodes the cluster sizes of the solr part, in order
   * @param solrArticles how many articles the solr part stores, indexes and searches
   * @param solrClusterBuild where the SolrCloud test cluster is built (solr-test-cluster/target)
   */
  public record Settings(
      Path corpus,
      double secondsPerRound,
      int rounds,
      int scale,
      int clients,
      double loadSeconds,
      Set<String> only,
      Path extractionPages,
      Path json,
      List<Integer> solrNodes,
      int solrArticles,
      Path solrClusterBuild) {

    public Settings {
      if (secondsPerRound <= 0 || rounds < 1 || scale < 1 || clients < 1 || loadSeconds <= 0) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "need seconds > 0, rounds >= 1, scale >= 1, clients >= 1, load seconds > 0;"
                    + " got %s, %d, %d, %d, %s",
                secondsPerRound,
                rounds,
                scale,
                clients,
                loadSeconds));
      }
      Set<String> unknown = new LinkedHashSet<>(only);
      unknown.removeAll(PARTS);
      unknown.remove(SOLR_PART);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException(
            "unknown part " + unknown + ", known: " + PARTS + " and " + SOLR_PART);
      }
      if (solrArticles < 1 || solrNodes.isEmpty() || solrNodes.stream().anyMatch(n -> n < 1)) {
        throw new IllegalArgumentException(
            "need solr articles >= 1 and node counts >= 1; got " + solrArticles + ", " + solrNodes);
      }
      only = Set.copyOf(only);
      solrNodes = List.copyOf(solrNodes);
    }
  }

  /** What the table's figures mean, printed under it. */
  private static final List<String> NOTES =
      List.of(
          "notes: throughput = median of rounds on one thread; x baseline = marsad / baseline.",
          "  search: title queries (30% one or two title words), seeded; Marsad's search adds"
              + " facets and highlights that the stock-Lucene baseline does not compute.",
          "  extract html (template): ANT texts inside a generated Arabic news-page template.",
          "  load: closed-loop clients on loopback, 1-3 title words per query; cold = first"
              + " period after start; heap peak = most heap in use seen (sampled).",
          "  web: the scaled corpus stored, staged and indexed by a real engine, its server on"
              + " loopback, one period of closed-loop clients over a mix of API routes and pages in"
              + " turn; baseline = GET /health in the same mix; a page not served answers 404 and"
              + " counts as an error; heap after GC includes the bench's corpus (same process).",
          "  fetch: loopback servers (no network latency), one pass through the Engine.",
          "  solr: baseline = the embedded backend (SQLite + Lucene) on the same articles in the"
              + " same run; store = upserts in batches of 250; search = title queries, one client;"
              + " the cluster's nodes share this machine's cores; disk = every replica and update"
              + " log after the last commit.",
          "  dedup: whole passes through a new detector; the large corpus repeats the texts with"
              + " letters rotated per copy (no false copies); docs/cpu-s = per second of the"
              + " thread's CPU time; cost ratio = CPU cost per article at the large size / small.",
          "  ner: shipped recognizer over title + body; baseline = plain tokenization of the same"
              + " texts (NerTokenizer), so x baseline is the share of time spent reading words.",
          "  stories: one pass of story assignment in date order after 3 warm-up passes; the large"
              + " stream repeats the corpus with each copy's dates shifted past the previous one.",
          "  category: the shipped category model on title and body; baseline = tokenizing the"
              + " same text with Marsad's analyzer (no model).");

  private final Settings settings;

  public Benchmark(Settings settings) {
    this.settings = settings;
  }

  /**
   * Runs the chosen parts and prints the table; when the analyzer ran, the last line is {@code
   * analyzer: N docs/s, X.XX x baseline}. Progress goes to {@code log}.
   */
  public void run(PrintWriter out, PrintWriter log) throws IOException {
    List<BenchDoc> docs = BenchCorpus.read(settings.corpus());
    if (docs.isEmpty()) {
      throw new IOException("no documents with a text field in " + settings.corpus());
    }
    out.printf(Locale.ROOT, "corpus: %s (%d docs)%n", settings.corpus(), docs.size());
    Throughput throughput = new Throughput(settings.secondsPerRound(), settings.rounds());
    TokenSink sink = new TokenSink();
    Map<String, Supplier<Measurement>> parts = new LinkedHashMap<>();
    parts.put("normalize", () -> new NormalizeMeasurement(docs, throughput, sink));
    parts.put("analyzer", () -> new AnalyzerMeasurement(docs, throughput, sink));
    parts.put(
        "extract",
        () -> new ExtractionMeasurement(docs, throughput, sink, settings.extractionPages()));
    parts.put(
        "dedup",
        () ->
            new DedupMeasurement(
                docs, settings.scale(), settings.rounds(), settings.secondsPerRound()));
    parts.put("import", () -> new ImportMeasurement(settings.corpus()));
    parts.put("stories", () -> new StoryMeasurement(docs, settings.scale()));
    parts.put("category", () -> new CategoryMeasurement(docs, throughput, sink, log));
    parts.put("search", () -> new SearchMeasurement(docs, settings.scale(), log));
    parts.put(
        "load",
        () ->
            new LoadMeasurement(
                docs, settings.scale(), settings.clients(), settings.loadSeconds(), log));
    parts.put(
        "web",
        () ->
            new WebMeasurement(
                docs, settings.scale(), settings.clients(), settings.loadSeconds(), log));
    parts.put("fetch", () -> new FetchMeasurement(docs, log));
    parts.put("ner", () -> new NerMeasurement(docs, throughput, sink));
    parts.put(
        SOLR_PART,
        () ->
            new SolrMeasurement(
                docs,
                settings.solrArticles(),
                settings.solrNodes(),
                settings.solrClusterBuild(),
                log));

    List<Figure> figures = new ArrayList<>();
    for (Map.Entry<String, Supplier<Measurement>> part : parts.entrySet()) {
      if (settings.only().contains(part.getKey())) {
        log.printf(Locale.ROOT, "bench: %s...%n", part.getKey());
        log.flush();
        long start = System.nanoTime();
        figures.addAll(part.getValue().get().run());
        log.printf(
            Locale.ROOT,
            "bench: %s done in %.0f s%n",
            part.getKey(),
            (System.nanoTime() - start) / 1e9);
        log.flush();
      }
    }
    FigureTable.print(out, figures);
    NOTES.forEach(out::println);
    if (settings.json() != null) {
      FigureTable.writeJson(settings.json(), jsonSettings(docs.size()), figures);
    }
    out.printf(Locale.ROOT, "checksum: %x%n", sink.checksum());
    figures.stream()
        .filter(f -> f.task().equals(AnalyzerMeasurement.TASK) && f.metric().equals("docs/s"))
        .findFirst()
        .ifPresent(
            f ->
                out.printf(
                    Locale.ROOT,
                    "analyzer: %.0f docs/s, %.2f x baseline%n",
                    f.marsad(),
                    f.ratio()));
  }

  private Map<String, Object> jsonSettings(int docs) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("corpus", settings.corpus().toString());
    values.put("docs", docs);
    values.put("secondsPerRound", settings.secondsPerRound());
    values.put("rounds", settings.rounds());
    values.put("scale", settings.scale());
    values.put("clients", settings.clients());
    values.put("loadSeconds", settings.loadSeconds());
    values.put("maxHeapMB", Runtime.getRuntime().maxMemory() / 1_000_000);
    values.put("parts", settings.only().stream().sorted().toList());
    if (settings.only().contains(SOLR_PART)) {
      values.put("solrNodes", settings.solrNodes());
      values.put("solrArticles", settings.solrArticles());
    }
    values.put("cores", Runtime.getRuntime().availableProcessors());
    values.put("java", System.getProperty("java.version"));
    return values;
  }
}
