package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchRequest;

/**
 * Search over the corpus and over the corpus scaled up ({@link ScaledCorpus}): each is indexed
 * straight into an {@link ArticleIndex} on disk (the call {@code StoreFollower} makes, without the
 * store) and into a {@link StockLuceneIndex}, each timed until closed (merges done); then both are
 * reopened for reading and the same title queries ({@link TitleQueries}) run against both ({@link
 * QueryLatency}). Marsad's search does more per query than the baseline's: source and day facets
 * over all matches, and highlighted snippets.
 */
final class SearchMeasurement implements Measurement {
  static final int QUERIES = 1000;

  /**
   * The timed pass repeats the warm-up's queries: Marsad answers them without its result cache, as
   * the baseline (which has none) does, so the figures compare the searches themselves.
   */
  static final int NO_RESULT_CACHE = 0;

  static final double SHORT_QUERY_SHARE = 0.3;
  static final long SEED = 20_250_211L;

  private final List<BenchDoc> docs;
  private final int scale;
  private final PrintWriter log;

  SearchMeasurement(List<BenchDoc> docs, int scale, PrintWriter log) {
    this.docs = docs;
    this.scale = scale;
    this.log = log;
  }

  @Override
  public List<Figure> run() throws IOException {
    List<String> queries = TitleQueries.sample(docs, QUERIES, SHORT_QUERY_SHARE, SEED);
    Set<Integer> sizes = new LinkedHashSet<>(List.of(docs.size(), scale));
    List<Figure> figures = new ArrayList<>();
    for (int size : sizes) {
      figures.addAll(measure(new ScaledCorpus(docs, size), queries));
    }
    return figures;
  }

  private List<Figure> measure(ScaledCorpus corpus, List<String> queries) throws IOException {
    String task = String.format(Locale.ROOT, "search %,d", corpus.size());
    try (TempDirectory dir = new TempDirectory("search")) {
      Path marsadDir = dir.path().resolve("marsad");
      Path stockDir = dir.path().resolve("stock");
      double marsadBuild = seconds(() -> buildMarsad(corpus, marsadDir));
      double stockBuild = seconds(() -> buildStock(corpus, stockDir));
      log.printf(
          Locale.ROOT,
          "bench: %s: index built in %.1f s (stock Lucene: %.1f s)%n",
          task,
          marsadBuild,
          stockBuild);
      log.flush();
      QueryLatency.Summary ours;
      QueryLatency.Summary base;
      try (ArticleIndex marsad = ArticleIndex.openReadOnly(marsadDir, NO_RESULT_CACHE);
          StockLuceneIndex stock = StockLuceneIndex.openReadOnly(stockDir)) {
        ours = QueryLatency.measure(queries, q -> marsad.search(SearchRequest.of(q)).total());
        base = QueryLatency.measure(queries, stock::search);
      }
      return List.of(
          new Figure(task + ": index build", "s", marsadBuild, stockBuild),
          new Figure(
              task + ": index build",
              "docs/s",
              corpus.size() / marsadBuild,
              corpus.size() / stockBuild),
          new Figure(
              task + ": index size",
              "MB",
              TempDirectory.megabytes(marsadDir),
              TempDirectory.megabytes(stockDir)),
          new Figure(task + ": latency", "p50 ms", ours.p50Millis(), base.p50Millis()),
          new Figure(task + ": latency", "p99 ms", ours.p99Millis(), base.p99Millis()),
          new Figure(
              task + ": queries w/ hits",
              "of " + queries.size(),
              ours.queriesWithHits(),
              (double) base.queriesWithHits()),
          new Figure(task + ": matches/query", "mean", ours.meanHits(), base.meanHits()));
    }
  }

  /**
   * Adds every article, commits and closes (waiting for merges), as {@code StoreFollower} would.
   */
  private static void buildMarsad(ScaledCorpus corpus, Path dir) {
    try (ArticleIndex index = ArticleIndex.open(dir)) {
      corpus.forEach(index::update);
      index.commit();
    }
  }

  private static void buildStock(ScaledCorpus corpus, Path dir) throws IOException {
    try (StockLuceneIndex.Writer index = StockLuceneIndex.create(dir)) {
      corpus.forEach(index::add);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static double seconds(IoAction action) throws IOException {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e9;
  }
}
