package org.marsad.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiFunction;
import org.marsad.ingest.LocalSourceLeases;
import org.marsad.ingest.SourceLeases;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchIndex;
import org.marsad.solr.SolrCluster;
import org.marsad.solr.SolrSearchIndex;
import org.marsad.solr.SolrSourceLeases;
import org.marsad.solr.SolrStore;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;

/**
 * The one place that opens the backends: the {@link Store}, the {@link SearchIndex} and the {@link
 * SourceLeases}, embedded (SQLite and Lucene in a data directory) or on SolrCloud, as a {@link
 * BackendConfig} says. Every command and the {@link Engine} open them here.
 *
 * <p>Each Solr part holds its own connection to the cluster, closed with it.
 */
public final class Backends {
  private Backends() {}

  /**
   * The store (the embedded one is created when absent).
   *
   * @throws org.marsad.store.StoreException when it cannot be opened or is newer than this code
   * @throws org.marsad.solr.SolrBackendException when the cluster cannot be reached in time
   */
  public static Store openStore(BackendConfig backend) {
    return switch (backend.kind()) {
      case EMBEDDED -> openStore(backend.dataDir());
      case SOLR -> onCluster(backend.solr(), Solr::store);
    };
  }

  /** The embedded store of a data directory (created when absent). */
  public static Store openStore(Path dataDir) {
    return SqliteStore.open(dataDir);
  }

  /**
   * The writable search index (the embedded one is created when absent, and one process holds it at
   * a time).
   *
   * @throws java.io.UncheckedIOException when the embedded index cannot be opened, or another
   *     process holds it
   * @throws org.marsad.solr.SolrBackendException when the cluster cannot be reached in time
   */
  public static SearchIndex openIndex(BackendConfig backend) {
    return switch (backend.kind()) {
      case EMBEDDED -> openIndex(backend.dataDir());
      case SOLR -> onCluster(backend.solr(), Solr::index);
    };
  }

  /** The embedded search index of a data directory (created when absent). */
  public static SearchIndex openIndex(Path dataDir) {
    return ArticleIndex.open(ArticleIndex.pathIn(dataDir));
  }

  /**
   * The search index for searching only, beside a process that writes it (on SolrCloud every
   * process reads and writes the same index).
   *
   * @throws IllegalArgumentException when the data directory has no embedded index yet
   */
  public static SearchIndex openIndexForSearching(BackendConfig backend) {
    return switch (backend.kind()) {
      case EMBEDDED -> ArticleIndex.openReadOnly(ArticleIndex.pathIn(backend.dataDir()));
      case SOLR -> onCluster(backend.solr(), Solr::index);
    };
  }

  /**
   * Who polls which source: in memory for the embedded backend (one process writes it), a
   * collection of the cluster for SolrCloud (several processes share it).
   */
  public static SourceLeases openLeases(BackendConfig backend, Clock clock) {
    return switch (backend.kind()) {
      case EMBEDDED -> new LocalSourceLeases(clock);
      case SOLR ->
          onCluster(
              backend.solr(),
              (cluster, solr) ->
                  SolrSourceLeases.open(cluster, solr.prefix(), solr.replicas(), clock));
    };
  }

  /** Where a data directory keeps its embedded search index, for messages. */
  public static Path indexPath(Path dataDir) {
    return ArticleIndex.pathIn(dataDir);
  }

  /** Opens a part on its own connection to the cluster, closed when the opening fails. */
  private static <T> T onCluster(
      BackendConfig.Solr solr, BiFunction<SolrCluster, BackendConfig.Solr, T> open) {
    SolrCluster cluster = SolrCluster.connect(solr.zk(), solr.connectTimeout());
    try {
      return open.apply(cluster, solr);
    } catch (RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  /** The Solr store and index, which take over the cluster connection they are given. */
  private static final class Solr {
    private Solr() {}

    static Store store(SolrCluster cluster, BackendConfig.Solr solr) {
      return SolrStore.open(
          cluster, solr.prefix(), solr.shards(), solr.replicas(), Clock.systemUTC());
    }

    static SearchIndex index(SolrCluster cluster, BackendConfig.Solr solr) {
      return SolrSearchIndex.openOwning(cluster, solr.prefix(), solr.shards(), solr.replicas());
    }
  }
}
