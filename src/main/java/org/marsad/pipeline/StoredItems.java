package org.marsad.pipeline;

import org.marsad.ingest.SeenItems;
import org.marsad.store.Store;

/**
 * "Seen before" means "already stored": survives restarts, and an item whose storing failed is
 * offered again at the next poll instead of being lost.
 */
final class StoredItems implements SeenItems {
  private final Store store;

  StoredItems(Store store) {
    this.store = store;
  }

  @Override
  public boolean markSeen(long sourceId, String itemKey) {
    return store.articleByGuid(sourceId, itemKey).isEmpty();
  }
}
