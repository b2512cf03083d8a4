package org.marsad.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;

/**
 * A point-in-time searcher with what every search on it shares, built once when a commit or refresh
 * opens it ({@link SearcherManager} calls {@link #factory}) rather than per request: the facet
 * ordinal maps ({@link FacetCounter}), the highlighter ({@link ArticleHighlighter}), the results of
 * its recent searches ({@link ResultCache}) and what callers derived from it ({@link PerCommit}).
 * The thread that commits or refreshes pays for them, not the first requests after it. Thread-safe.
 */
final class CommitSearcher extends IndexSearcher {
  private final FacetCounter facets;
  private final ArticleHighlighter highlighter;
  private final ArticleSearcher articles;
  private final ResultCache<SearchRequest, SearchResult> results;
  private final Map<PerCommit<?, ?>, ResultCache<?, ?>> derived = new ConcurrentHashMap<>();

  private CommitSearcher(
      IndexReader reader, Analyzer indexAnalyzer, ArticleSearcher articles, int cachedHits)
      throws IOException {
    super(reader);
    this.facets = new FacetCounter(reader);
    this.highlighter = ArticleHighlighter.over(this, indexAnalyzer);
    this.articles = articles;
    this.results = ResultCache.ofSearches(cachedHits);
  }

  /**
   * Makes a {@code CommitSearcher} for each reader the manager opens, its result cache warmed with
   * the {@value #WARMED_SEARCHES} searches last asked of the previous one.
   *
   * @param cachedHits the bound of each searcher's {@link ResultCache}; 0 caches nothing
   */
  static SearcherFactory factory(Analyzer indexAnalyzer, ArticleSearcher articles, int cachedHits) {
    return new SearcherFactory() {
      private ResultCache<SearchRequest, SearchResult> previous;

      @Override
      public synchronized IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        CommitSearcher made = new CommitSearcher(reader, indexAnalyzer, articles, cachedHits);
        if (previous != null) {
          for (SearchRequest request : previous.mostRecent(WARMED_SEARCHES)) {
            try {
              made.search(request);
            } catch (IOException | RuntimeException e) {
              // warming is a head start, never a reason to refuse the commit: the next reader
              // asking for this search meets the failure itself
            }
          }
        }
        previous = made.results;
        return made;
      }
    };
  }

  /**
   * Searches run again on each new commit's searcher before it is handed out, as Solr's {@code
   * autowarmCount} does: while feeds come in, a commit every {@code index.sync-interval} would
   * otherwise empty the cache every few seconds, and the readers' most asked searches would always
   * be computed afresh. The committing thread pays for them, a few milliseconds each.
   */
  static final int WARMED_SEARCHES = 64;

  /** This commit's recent results. */
  ResultCache<SearchRequest, SearchResult> results() {
    return results;
  }

  /**
   * This commit's values of one kind ({@link SearchIndex#perCommit}), made empty with the commit's
   * searcher and dropped with it.
   */
  @SuppressWarnings("unchecked") // each kind's cache is made for that kind alone, just below
  <K, V> ResultCache<K, V> derived(PerCommit<K, V> kind) {
    return (ResultCache<K, V>)
        derived.computeIfAbsent(kind, k -> new ResultCache<K, V>(kind.maxWeight(), kind.weight()));
  }

  /** The result for {@code request}: from this commit's cache, or searched and then cached. */
  SearchResult search(SearchRequest request) throws IOException {
    SearchResult cached = results.get(request);
    if (cached != null) {
      return cached;
    }
    SearchResult result = articles.search(this, request);
    results.put(request, result);
    return result;
  }

  FacetCounter facets() {
    return facets;
  }

  ArticleHighlighter highlighter() {
    return highlighter;
  }
}
