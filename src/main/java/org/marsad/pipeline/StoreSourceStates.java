package org.marsad.pipeline;

import org.marsad.ingest.SourceStateRepository;
import org.marsad.model.SourceState;
import org.marsad.store.Store;

/** The poller's source states, read from the store (where polls save them after their items). */
final class StoreSourceStates implements SourceStateRepository {
  private final Store store;

  StoreSourceStates(Store store) {
    this.store = store;
  }

  @Override
  public SourceState get(long sourceId) {
    return store.sourceState(sourceId);
  }
}
