package org.marsad.alert;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;
import org.marsad.search.SearchIndex;
import org.marsad.store.ArticleChanges;
import org.marsad.store.Store;

/**
 * Finds the new articles that match each saved search with a webhook: the articles changed since
 * the search's cursor, up to what the index has committed (so that the search sees them), matched
 * by the index restricted to their ids. Each page of matches is recorded as pending deliveries in
 * the same transaction that moves the cursor past it: the cursor never says "done" before the
 * deliveries it stands for are stored, and a match recorded twice (an article updated, a turn
 * repeated after a crash) is one delivery. A search without a webhook only moves its cursor.
 */
public final class AlertChecker {
  private final Store store;
  private final SearchIndex index;
  private final int batch;

  /**
   * @param batch changed articles matched at a time
   */
  public AlertChecker(Store store, SearchIndex index, int batch) {
    if (batch < 1) {
      throw new IllegalArgumentException("alerts.batch must be at least 1: " + batch);
    }
    this.store = store;
    this.index = index;
    this.batch = batch;
  }

  /** Matches what was indexed since the last check; returns how many deliveries are new. */
  public int check() {
    long upTo = index.storeCursor();
    int added = 0;
    for (SavedSearch search : store.savedSearches()) {
      try {
        added += check(search, upTo);
      } catch (IllegalArgumentException removedMeanwhile) {
        // the search was removed while it was being checked: nothing left to alert for
      }
    }
    return added;
  }

  private int check(SavedSearch search, long upTo) {
    long cursor = search.checkedCursor();
    if (cursor >= upTo) {
      return 0;
    }
    if (!search.hasWebhook()) {
      store.recordAlertMatches(search.id(), List.of(), upTo);
      return 0;
    }
    int added = 0;
    while (cursor < upTo) {
      ArticleChanges changes = store.changesBetween(cursor, upTo, batch);
      if (changes.articles().isEmpty()) {
        store.recordAlertMatches(search.id(), List.of(), upTo);
        break;
      }
      List<Long> ids = changes.articles().stream().map(Article::id).toList();
      Set<Long> matching = new TreeSet<>(index.matching(search.query(), ids));
      added += store.recordAlertMatches(search.id(), matching, changes.cursor());
      cursor = changes.cursor();
    }
    return added;
  }
}
