package org.marsad.pipeline;

import java.util.Optional;
import org.marsad.ingest.FeedItem;
import org.marsad.ingest.SeenItems;
import org.marsad.model.Article;
import org.marsad.store.Store;

/**
 * "Seen before" means "already stored with this title": survives restarts, an item whose storing
 * failed is offered again at the next poll instead of being lost, and a re-titled item is offered
 * again so that the store keeps the old title as a revision. An item without a title never counts
 * as re-titled (the store keeps the title it has).
 */
final class StoredItems implements SeenItems {
  private final Store store;

  StoredItems(Store store) {
    this.store = store;
  }

  @Override
  public boolean markSeen(long sourceId, FeedItem item) {
    Optional<Article> stored = store.articleByGuid(sourceId, item.guid());
    return stored.isEmpty() || (item.title() != null && !item.title().equals(stored.get().title()));
  }
}
