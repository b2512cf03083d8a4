package org.marsad.search;

import java.io.Closeable;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;

/**
 * The full-text index of stored articles, keyed by the store's article id, as the rest of Marsad
 * sees it. The embedded implementation is {@link ArticleIndex} (Lucene in the data directory); a
 * distributed backend implements the same contract, and {@code pipeline.Backends} is the one place
 * that chooses.
 *
 * <p>The index follows the store: each {@link #commit(long)} records the store's change cursor it
 * reflects, so that after a restart the caller indexes what changed since ({@link #storeCursor}).
 * Writes become visible to {@link #search} after {@link #refresh} or a commit. An index opened for
 * searching only throws {@link IllegalStateException} from its write methods.
 */
public interface SearchIndex extends Closeable {

  /**
   * Indexes a stored article with what the stages concluded about it, replacing any earlier version
   * with the same id (not committed).
   */
  void update(AnalyzedArticle article);

  /** Indexes a stored article the stages have not seen (tests, benchmarks of search alone). */
  default void update(Article article) {
    update(new AnalyzedArticle(article, ArticleAnalysis.NONE));
  }

  /** Removes the article with this id, if indexed (not committed). */
  void delete(long id);

  /**
   * Makes every change so far durable and visible, recording that the index now reflects the store
   * up to {@code cursor}.
   */
  void commit(long cursor);

  /**
   * The store change cursor of the last commit, readable only once searches see what it covers (a
   * reader takes the cursor, then searches the articles up to it); 0 when never synchronized.
   */
  long storeCursor();

  /** Makes changes visible without making them durable; a read-only index sees new commits. */
  void refresh();

  /**
   * Replaces the whole contents with these articles and commits with the cursor {@code cursorAfter}
   * gives once the iterator is exhausted; returns how many. A failure keeps the previous contents.
   */
  int rebuild(Iterator<AnalyzedArticle> articles, LongSupplier cursorAfter);

  /** How many articles searches currently see. */
  int size();

  /** Searches what the last commit or refresh made visible. Never fails on the query text. */
  SearchResult search(SearchRequest request);

  /**
   * Which of these articles the query matches, as {@link #search} would find them (copies not
   * folded): how a saved search learns which new articles are its own. Never fails on the query
   * text; an empty answer when nothing matches or none of the ids is visible yet.
   */
  Set<Long> matching(String query, Collection<Long> articleIds);

  /**
   * The articles filed under any of these duplicate keys ({@link ArticleFields#DUPLICATE_KEY}) and
   * published from {@code from} to {@code to}, those sharing most keys first (ties: the smaller
   * id), at most {@code limit}: candidate copies the duplicates stage no longer holds in memory.
   * Sees what {@link #search} sees.
   */
  List<Long> filedUnder(Collection<String> keys, Instant from, Instant to, int limit);

  /**
   * The articles most like a text (an article's title and body, or a headline), best first, without
   * what the query excludes: the candidates of related articles. Sees what {@link #search} sees.
   */
  List<SimilarDoc> similar(SimilarQuery query);

  /**
   * How many articles hold each of these words (normalized, unstemmed, as {@code
   * story.ArticleSimilarity} reads them), as far as the index can tell: it counts by its own stems,
   * so a count may err high, never low. For inverse document frequencies learned from everything
   * indexed rather than from a handful of articles.
   */
  DocumentFrequencies documentFrequencies(Collection<String> words);

  /**
   * What {@code compute} gives for {@code key}, computed at most once per commit (or refresh) that
   * searches see and then kept with that commit, bounded as {@code kind} says: for what callers
   * derive from the index and the store it follows, asked again and again between commits (an
   * article's related articles). {@code compute} may search this index; its value must depend on
   * nothing that can change without a commit. A backend that cannot tell its commits apart computes
   * every time.
   */
  default <K, V> V perCommit(
      PerCommit<K, V> kind, K key, Function<? super K, ? extends V> compute) {
    return compute.apply(key);
  }

  /** Commits pending changes (when writable) and releases the index. */
  @Override
  void close();
}
