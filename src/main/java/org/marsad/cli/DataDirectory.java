package org.marsad.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.marsad.search.ArticleIndex;
import org.marsad.store.SqliteStore;
import org.marsad.store.StoreException;

/** Opens the parts of a data directory, turning failures into one-line user errors. */
final class DataDirectory {
  private DataDirectory() {}

  static SqliteStore openStore(Path dataDirectory) {
    try {
      return SqliteStore.open(dataDirectory);
    } catch (StoreException e) {
      throw new UserInputException(
          "cannot open the data directory " + dataDirectory + ": " + e.getMessage(), e);
    }
  }

  /** The writable index; fails with a clear message while another process (serve) holds it. */
  static ArticleIndex openIndex(Path dataDirectory) {
    try {
      return ArticleIndex.open(ArticleIndex.pathIn(dataDirectory));
    } catch (UncheckedIOException e) {
      throw new UserInputException(
          "cannot open the search index in "
              + dataDirectory
              + " (is `marsad serve` running on it?): "
              + e.getCause().getMessage(),
          e);
    }
  }
}
