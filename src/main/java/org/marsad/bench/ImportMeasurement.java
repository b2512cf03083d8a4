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
 * then the follower running the per-article stages (duplicates, stories) and indexing, timed apart;
 * the same again with no stage ({@code pipeline.stages} empty) as the baseline; then the sizes on
 * disk. One pass each, no warm-up: an import is done once.
 */
final class ImportMeasurement implements Measurement {
  static final String TASK = "import";

  private final Path corpus;

  ImportMeasurement(Path corpus) {
    this.corpus = corpus;
  }

  /** One import into a fresh data directory. */
  private record Pass(
      long stored, double storeSeconds, int followed, double followSeconds, Path dataDir) {
    double wholeDocsPerSecond() {
      return stored / (storeSeconds + followSeconds);
    }
  }

  @Override
  public List<Figure> run() throws IOException {
    try (TempDirectory plain = new TempDirectory("import-plain");
        TempDirectory staged = new TempDirectory("import")) {
      Pass without = pass(plain.path(), MarsadConfig.defaults().with(Engine.STAGES_KEY, ""));
      Pass with = pass(staged.path(), MarsadConfig.defaults());
      return List.of(
          new Figure(
              TASK + ": store",
              "docs/s",
              with.stored() / with.storeSeconds(),
              without.stored() / without.storeSeconds()),
          new Figure(
              TASK + ": stages + index (baseline: index alone)",
              "docs/s",
              with.followed() / with.followSeconds(),
              without.followed() / without.followSeconds()),
          new Figure(
              TASK + ": whole (store, every configured stage, index; baseline: no stage)",
              "docs/s",
              with.wholeDocsPerSecond(),
              without.wholeDocsPerSecond()),
          Figure.of(TASK + ": store size", "MB", storeMegabytes(with.dataDir())),
          Figure.of(
              TASK + ": index size",
              "MB",
              TempDirectory.megabytes(Backends.indexPath(with.dataDir()))));
    }
  }

  private Pass pass(Path dataDir, MarsadConfig config) throws IOException {
    try (Store store = Backends.openStore(dataDir);
        SearchIndex index = Backends.openIndex(dataDir)) {
      long start = System.nanoTime();
      ImportSummary summary = new JsonlImporter(store).importFile(corpus, ImportListener.NONE);
      double storeSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      int followed = Engine.follower(store, index, config).catchUp();
      double followSeconds = (System.nanoTime() - start) / 1e9;
      return new Pass(summary.articlesStored(), storeSeconds, followed, followSeconds, dataDir);
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
