package org.marsad.ingest;

import org.marsad.model.SourceState;

/** Where polling state lives between polls; the store adapts to this. Thread-safe. */
public interface SourceStateRepository {

  /** The state of a source, or {@link SourceState#initial(long)} when never polled. */
  SourceState get(long sourceId);

  void put(SourceState state);
}
