package org.marsad.ingest;

import org.marsad.model.SourceState;

/**
 * Where the scheduler reads a source's polling state. Only reads: the state is saved by whoever
 * stores the poll's items, after them, so that validators never run ahead of the data they cover.
 * Thread-safe.
 */
@FunctionalInterface
public interface SourceStateRepository {

  /** The state of a source, or {@link SourceState#initial(long)} when never polled. */
  SourceState get(long sourceId);
}
