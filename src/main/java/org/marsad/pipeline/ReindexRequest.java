package org.marsad.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A request to rebuild the search index, left in the data directory by {@code marsad reindex} while
 * {@code marsad serve} holds the index's write lock; the serving engine rebuilds and removes it
 * within one {@code index.sync-interval}. A file rather than a store row: the request has to reach
 * whichever process holds the index, now or at its next start, and needs no schema of its own.
 */
public final class ReindexRequest {
  /** The file's name inside the data directory. */
  public static final String FILE_NAME = "reindex.requested";

  private final Path file;

  private ReindexRequest(Path file) {
    this.file = file;
  }

  /** The request slot of a data directory. */
  public static ReindexRequest in(Path dataDir) {
    return new ReindexRequest(dataDir.resolve(FILE_NAME));
  }

  /** Leaves the request (again, when one is pending); its content is when it was made. */
  public void make() {
    try {
      Files.writeString(file, Instant.now().toString() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the reindex request " + file, e);
    }
  }

  public boolean pending() {
    return Files.exists(file);
  }

  /** Removes the request: the index was rebuilt. */
  public void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the reindex request " + file, e);
    }
  }

  public Path file() {
    return file;
  }
}
