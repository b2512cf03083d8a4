package org.marsad.pipeline;

import java.nio.file.Path;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchIndex;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;

/**
 * The one place that opens a data directory's backends: the {@link Store} and the {@link
 * SearchIndex}. Every command and the {@link Engine} open them here, so that a second backend (a
 * distributed store and index) replaces the embedded ones by changing this class alone.
 */
public final class Backends {
  private Backends() {}

  /**
   * The store of a data directory (created when absent).
   *
   * @throws org.marsad.store.StoreException when it cannot be opened or is newer than this code
   */
  public static Store openStore(Path dataDir) {
    return SqliteStore.open(dataDir);
  }

  /**
   * The writable search index of a data directory (created when absent). One process holds it at a
   * time.
   *
   * @throws java.io.UncheckedIOException when it cannot be opened, or another process holds it
   */
  public static SearchIndex openIndex(Path dataDir) {
    return ArticleIndex.open(ArticleIndex.pathIn(dataDir));
  }

  /**
   * The search index of a data directory for searching only, beside a process that writes it.
   *
   * @throws IllegalArgumentException when the data directory has no index yet
   */
  public static SearchIndex openIndexForSearching(Path dataDir) {
    return ArticleIndex.openReadOnly(ArticleIndex.pathIn(dataDir));
  }

  /** Where a data directory keeps its search index, for messages. */
  public static Path indexPath(Path dataDir) {
    return ArticleIndex.pathIn(dataDir);
  }
}
