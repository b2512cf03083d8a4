package org.marsad.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchRequest;
import org.marsad.solr.LocalSolrCluster;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrPlugin;
import org.marsad.solr.SolrSearchIndex;
import org.marsad.solr.SolrStore;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;
import org.marsad.store.UpsertResult;

/**
 * The SolrCloud backend against the embedded one, in the same run: the same articles stored (in
 * batches, as an import does) and indexed (then committed), and the same title queries searched
 * ({@link QueryLatency}, one client), on a cluster of 1, 2 and 3 nodes started on this machine
 * ({@link LocalSolrCluster}: every node shares this machine's cores, so more nodes add replicas and
 * coordination, not hardware). The cluster's disk after a hard commit (index, update logs, every
 * replica) gives the bytes per article of the capacity model (docs/scaling.md).
 */
final class SolrMeasurement implements Measurement {
  static final int QUERIES = 200;
  static final int BATCH = 250;
  private static final String PREFIX = "bench_";

  private final List<BenchDoc> docs;
  private final int articles;
  private final List<Integer> nodeCounts;
  private final Path clusterBuild;
  private final PrintWriter log;

  SolrMeasurement(
      List<BenchDoc> docs,
      int articles,
      List<Integer> nodeCounts,
      Path clusterBuild,
      PrintWriter log) {
    this.docs = docs;
    this.articles = articles;
    this.nodeCounts = nodeCounts;
    this.clusterBuild = clusterBuild;
    this.log = log;
  }

  /** What one backend did with the corpus. */
  private record Run(
      double storeDocsPerSecond,
      double indexDocsPerSecond,
      QueryLatency.Summary search,
      double megabytes) {}

  @Override
  public List<Figure> run() throws IOException {
    if (!LocalSolrCluster.isBuilt(clusterBuild)) {
      log.printf(
          Locale.ROOT,
          "bench: solr skipped: no test cluster built in %s (mvn -f solr-test-cluster/pom.xml"
              + " package)%n",
          clusterBuild);
      return List.of();
    }
    ScaledCorpus corpus = new ScaledCorpus(docs, articles);
    List<String> queries =
        TitleQueries.sample(
            docs, QUERIES, SearchMeasurement.SHORT_QUERY_SHARE, SearchMeasurement.SEED);
    List<Figure> figures = new ArrayList<>();
    try (TempDirectory dir = new TempDirectory("solr")) {
      Run embedded = embedded(corpus, queries, dir.path().resolve("embedded"));
      Path lib = Files.createDirectories(dir.path().resolve("lib"));
      SolrPlugin.writeJar(lib.resolve(SolrPlugin.JAR_NAME));
      for (int nodes : nodeCounts) {
        Run solr = solr(corpus, queries, nodes, lib, dir.path().resolve("cluster" + nodes));
        String task =
            String.format(
                Locale.ROOT,
                "solr %d node%s, %,d articles",
                nodes,
                nodes == 1 ? "" : "s",
                corpus.size());
        figures.add(
            new Figure(
                task + ": store",
                "docs/s",
                solr.storeDocsPerSecond(),
                embedded.storeDocsPerSecond()));
        figures.add(
            new Figure(
                task + ": index+commit",
                "docs/s",
                solr.indexDocsPerSecond(),
                embedded.indexDocsPerSecond()));
        figures.add(
            new Figure(
                task + ": search",
                "p50 ms",
                solr.search().p50Millis(),
                embedded.search().p50Millis()));
        figures.add(
            new Figure(
                task + ": search",
                "p99 ms",
                solr.search().p99Millis(),
                embedded.search().p99Millis()));
        figures.add(
            new Figure(
                task + ": queries w/ hits",
                "of " + queries.size(),
                solr.search().queriesWithHits(),
                (double) embedded.search().queriesWithHits()));
        figures.add(new Figure(task + ": disk", "MB", solr.megabytes(), embedded.megabytes()));
      }
    }
    return figures;
  }

  private Run embedded(ScaledCorpus corpus, List<String> queries, Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    try (Store store = SqliteStore.open(dataDir);
        // without the result cache: the timed searches repeat the warm-up's, and a cached answer
        // would time the cache, not the search
        SearchIndex index =
            ArticleIndex.open(ArticleIndex.pathIn(dataDir), SearchMeasurement.NO_RESULT_CACHE)) {
      return measure(corpus, queries, store, index, () -> TempDirectory.megabytes(dataDir));
    }
  }

  private Run solr(ScaledCorpus corpus, List<String> queries, int nodes, Path lib, Path base)
      throws IOException {
    log.printf(Locale.ROOT, "bench: solr: starting %d node(s)%n", nodes);
    log.flush();
    try (LocalSolrCluster cluster = LocalSolrCluster.start(clusterBuild, lib, nodes, base);
        SolrCluster solr = SolrCluster.connect(cluster.zkAddress())) {
      solr.uploadConfigset();
      int replicas = Math.min(2, nodes);
      try (Store store = SolrStore.open(solr, PREFIX, nodes, replicas, Clock.systemUTC());
          SearchIndex index = SolrSearchIndex.open(solr, PREFIX)) {
        return measure(
            corpus, queries, store, index, () -> TempDirectory.megabytes(base.resolve("nodes")));
      }
    }
  }

  private interface Size {
    double megabytes() throws IOException;
  }

  private Run measure(
      ScaledCorpus corpus, List<String> queries, Store store, SearchIndex index, Size size)
      throws IOException {
    List<Article> stored = new ArrayList<>(corpus.size());
    long start = System.nanoTime();
    List<Article> batch = new ArrayList<>(BATCH);
    for (Article article : corpus) {
      batch.add(article);
      if (batch.size() == BATCH) {
        store(store, batch, stored);
      }
    }
    store(store, batch, stored);
    double storeSeconds = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    stored.forEach(index::update);
    index.commit(0); // no store follower here: the cursor is not read back
    double indexSeconds = (System.nanoTime() - start) / 1e9;
    QueryLatency.Summary search =
        QueryLatency.measure(queries, q -> index.search(SearchRequest.of(q)).total());
    return new Run(
        corpus.size() / storeSeconds, corpus.size() / indexSeconds, search, size.megabytes());
  }

  private static void store(Store store, List<Article> batch, List<Article> stored) {
    if (batch.isEmpty()) {
      return;
    }
    List<UpsertResult> results = store.upsertAll(batch);
    for (int i = 0; i < batch.size(); i++) {
      stored.add(batch.get(i).withId(results.get(i).id()));
    }
    batch.clear();
  }
}
