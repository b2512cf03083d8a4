package org.marsad.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.config.MarsadConfig;
import org.marsad.ingest.ImportListener;
import org.marsad.ingest.ImportSummary;
import org.marsad.ingest.JsonlImporter;
import org.marsad.pipeline.Backends;
import org.marsad.pipeline.Engine;
import org.marsad.search.SearchIndex;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;

/**
 * What {@code marsad import} costs: the corpus imported into a fresh data directory (the store),
 * then the index catching up with the store, timed apart; then the sizes on disk once closed. One
 * pass each, no warm-up: an import is done once.
 */
final class ImportMeasurement implements Measurement {
  static final String TASK = "import";

  private final Path corpus;

  ImportMeasurement(Path corpus) {
    this.corpus = corpus;
  }

  @Override
  public List<Figure> run() throws IOException {
    try (TempDirectory data = new TempDirectory("import")) {
      ImportSummary summary;
      double importSeconds;
      int indexed;
      double indexSeconds;
      try (Store store = Backends.openStore(data.path());
          SearchIndex index = Backends.openIndex(data.path())) {
        long start = System.nanoTime();
        summary = new JsonlImporter(store).importFile(corpus, ImportListener.NONE);
        importSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        indexed = Engine.follower(store, index, MarsadConfig.defaults()).catchUp();
        indexSeconds = (System.nanoTime() - start) / 1e9;
      }
      return List.of(
          Figure.of(TASK + ": store", "docs/s", summary.articlesStored() / importSeconds),
          Figure.of(TASK + ": index catch-up", "docs/s", indexed / indexSeconds),
          Figure.of(TASK + ": store size", "MB", storeMegabytes(data.path())),
          Figure.of(
              TASK + ": index size",
              "MB",
              TempDirectory.megabytes(Backends.indexPath(data.path()))));
    }
  }

  /** The SQLite database and its journal files. */
  private static double storeMegabytes(Path dataDir) throws IOException {
    long bytes = 0;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(dataDir, SqliteStore.DATABASE_FILE + "*")) {
      for (Path f : files) {
        bytes += Files.size(f);
      }
    }
    return bytes / 1e6;
  }
}
