package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchRequest;

/**
 * Search over the corpus and over the corpus scaled up ({@link ScaledCorpus}): each is indexed
 * straight into an {@link ArticleIndex} on disk (the call {@code IndexSync} makes, without the
 * store) and into a {@link StockLuceneIndex}, timed; then the same title queries ({@link
 * TitleQueries}) run against both ({@link QueryLatency}). Marsad's search does more per query than
 * the baseline's: source and day facets over all matches, and highlighted snippets.
 */
final class SearchMeasurement implements Measurement {
  static final int QUERIES = 1000;
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
    try (TempDirectory dir = new TempDirectory("search");
        ArticleIndex marsad = ArticleIndex.open(dir.path().resolve("marsad"));
        StockLuceneIndex stock = new StockLuceneIndex(dir.path().resolve("stock"))) {
      double marsadBuild = seconds(() -> build(corpus, marsad::update, marsad::commit));
      log.printf(Locale.ROOT, "bench: %s: marsad index built in %.1f s%n", task, marsadBuild);
      log.flush();
      double stockBuild = seconds(() -> build(corpus, stock::add, stock::commit));
      log.printf(Locale.ROOT, "bench: %s: stock index built in %.1f s%n", task, stockBuild);
      log.flush();
      QueryLatency.Summary ours =
          QueryLatency.measure(queries, q -> marsad.search(SearchRequest.of(q)).total());
      QueryLatency.Summary base = QueryLatency.measure(queries, stock::search);
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
              TempDirectory.megabytes(dir.path().resolve("marsad")),
              TempDirectory.megabytes(dir.path().resolve("stock"))),
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

  private interface IoAction {
    void run() throws IOException;
  }

  private static double seconds(IoAction action) throws IOException {
    long start = System.nanoTime();
    action.run();
    return (System.nanoTime() - start) / 1e9;
  }

  private static void build(
      ScaledCorpus corpus, java.util.function.Consumer<Article> add, IoAction commit)
      throws IOException {
    for (Article article : corpus) {
      add.accept(article);
    }
    commit.run();
  }
}
