package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.BooleanSupplier;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.search.SearchIndex;
import org.marsad.store.ArticleChanges;
import org.marsad.store.Store;

/**
 * Carries what the store gains through the per-article stages into the search index. The store is
 * the truth; the follower reads the store's change cursor (not article ids, which would miss
 * updates to old articles), runs each page of changes through the {@link ArticleStage}s, records
 * their conclusions in the store, indexes the page, and records the cursor with each index commit.
 * So every way an article enters the store (feeds, import, another process) passes the same stages,
 * and a process that dies in between catches up on restart: the stages see again what the index had
 * not committed (they accept that), and the index can always be rebuilt from the store.
 *
 * <p>One follower runs at a time over a store, even when several processes share it ({@link
 * LeasedFollower}).
 */
public final class StoreFollower {
  static final int PAGE = 500;
  static final int COMMIT_EVERY = 20_000;

  private final Store store;
  private final SearchIndex index;
  private final ArticleStage stages;
  private final int recallArticles;
  private boolean recalled;

  /**
   * Built by {@link Engine#follower}, which assembles the stages.
   *
   * @param recallArticles how many of the last analyzed articles the stages re-read before the
   *     first catch-up ({@link ArticleStage#recall})
   */
  StoreFollower(Store store, SearchIndex index, ArticleStage stages, int recallArticles) {
    this.store = store;
    this.index = index;
    this.stages = stages;
    this.recallArticles = recallArticles;
  }

  /**
   * Lets the stages re-read the last articles analyzed before this process (those up to the index's
   * cursor), once, so that copies and stories continue across restarts; returns how many.
   */
  private int recall() {
    recalled = true;
    long upTo = index.storeCursor();
    long cursor = store.cursorBefore(upTo, recallArticles);
    int count = 0;
    ArticleChanges page = store.changesBetween(cursor, upTo, PAGE);
    while (!page.articles().isEmpty()) {
      stages.recall(withStoredAnalyses(page.articles()));
      count += page.articles().size();
      page = store.changesBetween(page.cursor(), upTo, PAGE);
    }
    return count;
  }

  /**
   * Analyzes and indexes everything the store changed since the index's cursor; returns how many
   * articles. Commits every {@link #COMMIT_EVERY} articles and at the end: a Lucene commit syncs
   * files to disk, so committing each page would dominate a large catch-up, and what a crash loses
   * in between is only done again from the last committed cursor.
   */
  public int catchUp() {
    return catchUp(() -> true);
  }

  /**
   * {@link #catchUp()}, stopping before the next page (after committing what was done) once {@code
   * mayGoOn} says no: the process lost the right to run the stages to another.
   */
  public synchronized int catchUp(BooleanSupplier mayGoOn) {
    if (!recalled) {
      recall();
    }
    int indexed = 0;
    int uncommitted = 0;
    long cursor = index.storeCursor();
    ArticleChanges page = store.changesSince(cursor, PAGE);
    while (!page.articles().isEmpty() && mayGoOn.getAsBoolean()) {
      List<AnalyzedArticle> analyzed = stages.process(withStoredAnalyses(page.articles()));
      store.putAnalyses(analyzed);
      analyzed.forEach(index::update);
      indexed += analyzed.size();
      uncommitted += analyzed.size();
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

  /**
   * The stored articles with these ids (those still stored) and what the stages concluded about
   * them, for a stage that revises earlier conclusions.
   */
  static List<AnalyzedArticle> load(Store store, Collection<Long> ids) {
    List<Article> articles = new ArrayList<>(ids.size());
    for (long id : ids) {
      store.article(id).ifPresent(articles::add);
    }
    return withStoredAnalyses(store, articles);
  }

  private List<AnalyzedArticle> withStoredAnalyses(List<Article> articles) {
    return withStoredAnalyses(store, articles);
  }

  /** The articles with what the stages concluded about them before (nothing for new ones). */
  private static List<AnalyzedArticle> withStoredAnalyses(Store store, List<Article> articles) {
    Map<Long, ArticleAnalysis> stored = store.analyses(articles.stream().map(Article::id).toList());
    List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
    for (Article article : articles) {
      analyzed.add(new AnalyzedArticle(article, stored.get(article.id())));
    }
    return analyzed;
  }

  /**
   * Replaces the index with every stored article, in one commit, with the stages' recorded
   * conclusions (the stages do not run again); returns how many. The cursor recorded is the store's
   * settled one at the start ({@link Store#settledCursor}): what changed after it, or is still
   * settling, is indexed now and analyzed by the next catch-up.
   */
  public synchronized int rebuild() {
    long settled = store.settledCursor();
    return index.rebuild(new ChangeIterator(), () -> settled);
  }

  /** Pages through every change the store shows, from the start. */
  private final class ChangeIterator implements Iterator<AnalyzedArticle> {
    private long cursor;
    private Iterator<AnalyzedArticle> page = List.<AnalyzedArticle>of().iterator();
    private boolean exhausted;

    @Override
    public boolean hasNext() {
      while (!page.hasNext() && !exhausted) {
        ArticleChanges next = store.changesBetween(cursor, Long.MAX_VALUE, PAGE);
        exhausted = next.articles().isEmpty();
        cursor = next.cursor();
        page = withStoredAnalyses(next.articles()).iterator();
      }
      return page.hasNext();
    }

    @Override
    public AnalyzedArticle next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.next();
    }
  }
}
