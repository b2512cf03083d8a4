package org.marsad.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.marsad.config.MarsadConfig;
import org.marsad.pipeline.BackendConfig;
import org.marsad.pipeline.Backends;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchIndex;
import org.marsad.solr.SolrBackendException;
import org.marsad.store.Store;
import org.marsad.store.StoreException;
import picocli.CommandLine.Option;

/**
 * The options every command that works on Marsad's data shares ({@code --data}, and {@code
 * --backend}/{@code --zk} over the configuration's {@code backend}/{@code solr.zk}), and the
 * opening of its parts with failures turned into one-line user errors.
 */
final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      defaultValue = "marsad-data",
      description = "Data directory (default: ${DEFAULT-VALUE}).")
  Path directory;

  @Option(
      names = "--backend",
      paramLabel = "embedded|solr",
      description = "Where the data lives (default: the 'backend' key, embedded).")
  String backend;

  @Option(
      names = "--zk",
      paramLabel = "HOST:PORT[/chroot]",
      description = "The SolrCloud cluster's ZooKeeper, with --backend solr (default: 'solr.zk').")
  String zk;

  Store openStore() {
    BackendConfig backend = backendConfig();
    try {
      return Backends.openStore(backend);
    } catch (StoreException | SolrBackendException e) {
      throw cannotOpen(backend, e);
    }
  }

  /** The writable index; fails with a clear message while another process (serve) holds it. */
  SearchIndex openIndex() {
    BackendConfig backend = backendConfig();
    try {
      return Backends.openIndex(backend);
    } catch (UncheckedIOException e) {
      throw new UserInputException(
          "cannot open the search index in "
              + directory
              + " (is `marsad serve` running on it?): "
              + e.getCause().getMessage(),
          e);
    } catch (SolrBackendException e) {
      throw cannotOpen(backend, e);
    }
  }

  /** The index for searching beside a process that writes it. */
  SearchIndex openIndexForSearching() {
    BackendConfig backend = backendConfig();
    try {
      return Backends.openIndexForSearching(backend);
    } catch (IllegalArgumentException e) {
      throw new UserInputException(
          "no search index in "
              + Backends.indexPath(directory)
              + ": import or fetch articles first (or marsad reindex)",
          e);
    } catch (SolrBackendException e) {
      throw cannotOpen(backend, e);
    }
  }

  /**
   * The configuration of the data directory with {@code --backend} and {@code --zk} over it,
   * checked.
   */
  MarsadConfig config() {
    try {
      MarsadConfig config = MarsadConfig.load(directory);
      if (backend != null) {
        config = config.with(BackendConfig.BACKEND_KEY, backend.strip());
      }
      if (zk != null) {
        config = config.with(BackendConfig.ZK_KEY, zk.strip());
      }
      if (BackendConfig.from(config, directory).kind() != BackendConfig.Kind.SOLR && zk != null) {
        throw new UserInputException("--zk names a SolrCloud cluster: add --backend solr");
      }
      return config;
    } catch (IllegalArgumentException e) {
      throw new UserInputException(e.getMessage(), e);
    }
  }

  BackendConfig backendConfig() {
    return BackendConfig.from(config(), directory);
  }

  Engine openEngine(MarsadConfig config) {
    try {
      return Engine.open(directory, config);
    } catch (StoreException | SolrBackendException | UncheckedIOException e) {
      throw cannotOpen(BackendConfig.from(config, directory), e);
    }
  }

  private static UserInputException cannotOpen(BackendConfig backend, RuntimeException e) {
    return new UserInputException("cannot open " + backend.describe() + ": " + e.getMessage(), e);
  }
}
