package org.marsad.pipeline;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.marsad.model.Article;
import org.marsad.search.SearchIndex;
import org.marsad.store.ArticleChanges;
import org.marsad.store.Store;

/**
 * Keeps the search index in step with the store. The store is the truth; the index follows the
 * store's change cursor (not article ids, which would miss updates to old articles), and records it
 * with each commit, so a process that dies between the two catches up on restart and the index can
 * always be rebuilt from the store.
 */
public final class IndexSync {
  static final int PAGE = 500;
  static final int COMMIT_EVERY = 20_000;

  private final Store store;
  private final SearchIndex index;

  public IndexSync(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /**
   * Indexes everything the store changed since the index's cursor; returns how many articles.
   * Commits every {@link #COMMIT_EVERY} articles and at the end: a Lucene commit syncs files to
   * disk, so committing each page would dominate a large catch-up, and what a crash loses in
   * between is only re-indexed from the last committed cursor.
   */
  public synchronized int catchUp() {
    int indexed = 0;
    int uncommitted = 0;
    ArticleChanges page = store.changesSince(index.storeCursor(), PAGE);
    long cursor = index.storeCursor();
    while (!page.articles().isEmpty()) {
      page.articles().forEach(index::update);
      indexed += page.articles().size();
      uncommitted += page.articles().size();
      cursor = page.cursor();
      if (uncommitted >= COMMIT_EVERY) {
        index.commit(cursor);
        uncommitted = 0;
      }
      page = store.changesSince(cursor, PAGE);
    }
    if (uncommitted > 0) {
      index.commit(cursor);
    }
    return indexed;
  }

  /** Replaces the index with every stored article, in one commit; returns how many. */
  public synchronized int rebuild() {
    ChangeIterator all = new ChangeIterator();
    return index.rebuild(all, () -> all.cursor);
  }

  /** Pages through all the store's changes from the start, remembering the cursor reached. */
  private final class ChangeIterator implements Iterator<Article> {
    private long cursor;
    private Iterator<Article> page = List.<Article>of().iterator();
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && !exhausted) {
        ArticleChanges next = store.changesSince(cursor, PAGE);
        exhausted = next.articles().isEmpty();
        cursor = next.cursor();
        page = next.articles().iterator();
      }
      return page.hasNext();
    }

    @Override
    public Article next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
