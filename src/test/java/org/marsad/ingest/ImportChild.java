package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.store.SqliteStore;

/**
 * The process {@link ImportCrashIT} kills: imports a file and prints {@code committed <lastLine>}
 * after every commit (flushed, so the parent knows what was acknowledged), then {@code done <new>
 * <unchanged>}.
 *
 * <p>Arguments: {@code FILE DATA_DIR BATCH_SIZE}.
 */
public final class ImportChild {
  private ImportChild() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Path dataDirectory = Path.of(args[1]);
    int batchSize = Integer.parseInt(args[2]);
    try (SqliteStore store = SqliteStore.open(dataDirectory)) {
      ImportSummary summary =
          new JsonlImporter(
                  store,
                  new UrlCanonicalizer(),
                  raw -> Optional.<Instant>empty(),
                  ArticleLimits.DEFAULT,
                  batchSize)
              .importFile(
                  file,
                  new ImportListener() {
                    @Override
                    public void batchCommitted(long lastLine, ImportSummary soFar) {
                      System.out.println("committed " + lastLine);
                      System.out.flush();
                    }
                  });
      System.out.println("done " + summary.articlesNew() + " " + summary.articlesUnchanged());
      System.out.flush();
    }
  }
}
