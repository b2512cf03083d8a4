package org.marsad.ingest;

import java.util.concurrent.ConcurrentHashMap;
import org.marsad.model.SourceState;

/** Polling state in a map, for tests without a store; {@link #put} plays the sink's save. */
final class InMemorySourceStateRepository implements SourceStateRepository {
  private final ConcurrentHashMap<Long, SourceState> states = new ConcurrentHashMap<>();

  @Override
  public SourceState get(long sourceId) {
    return states.getOrDefault(sourceId, SourceState.initial(sourceId));
  }

  void put(SourceState state) {
    states.put(state.sourceId(), state);
  }
}
