package org.marsad.pipeline;

import org.marsad.ingest.SourceStateRepository;
import org.marsad.model.SourceState;
import org.marsad.store.Store;

/** The poller's source states, kept in the store so that backoff and ETags survive a restart. */
final class StoreSourceStates implements SourceStateRepository {
  private final Store store;

  StoreSourceStates(Store store) {
    this.store = store;
  }

  @Override
  public SourceState get(long sourceId) {
    return store.sourceState(sourceId);
  }

  @Override
  public void put(SourceState state) {
    if (store.source(state.sourceId()).isPresent()) { // removed while it was being polled
      store.putSourceState(state);
    }
  }
}
