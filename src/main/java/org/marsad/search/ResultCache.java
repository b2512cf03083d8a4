package org.marsad.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results of one commit's recent searches, least recently used first out, bounded by the hits
 * they hold: what Solr's {@code queryResultCache} and Elasticsearch's request cache do for a
 * point-in-time reader. A result depends only on the request and the commit (the query grammar
 * reads no clock), so it stays right until the next commit, whose searcher starts with an empty
 * cache. Readers repeat searches (the same story's words, a shared link, a saved search's page, the
 * next page and back); under 50 clients each repeat answered from here costs a map look-up instead
 * of ranking, facets and highlights.
 *
 * <p>A synchronized {@link LinkedHashMap} rather than a concurrent cache library: one look-up and
 * at most one insert per search, each a few hundred nanoseconds under the lock, against a search of
 * a millisecond or more.
 */
final class ResultCache {
  private final int maxHits;
  private final Map<SearchRequest, SearchResult> results = new LinkedHashMap<>(64, 0.75f, true);
  private long hitsHeld;

  /**
   * @param maxHits the hits all cached results may hold together (a hit is about 1 KB: title,
   *     snippets, source); 0 keeps nothing
   * @throws IllegalArgumentException when maxHits is negative
   */
  ResultCache(int maxHits) {
    if (maxHits < 0) {
      throw new IllegalArgumentException("maxHits must be >= 0, got " + maxHits);
    }
    this.maxHits = maxHits;
  }

  /** The result cached for {@code request}, or null. */
  synchronized SearchResult get(SearchRequest request) {
    return results.get(request);
  }

  /**
   * Keeps {@code result} for {@code request}, making room by dropping the least recently used; a
   * result with more hits than the whole bound is not kept.
   */
  synchronized void put(SearchRequest request, SearchResult result) {
    long weight = weight(result);
    if (weight > maxHits) {
      return;
    }
    SearchResult previous = results.put(request, result);
    hitsHeld += weight - (previous == null ? 0 : weight(previous));
    Iterator<SearchResult> oldestFirst = results.values().iterator();
    while (hitsHeld > maxHits && oldestFirst.hasNext()) {
      SearchResult dropped = oldestFirst.next();
      oldestFirst.remove();
      hitsHeld -= weight(dropped);
    }
  }

  /** Up to {@code n} requests, the most recently used last. */
  synchronized List<SearchRequest> mostRecent(int n) {
    List<SearchRequest> all = new ArrayList<>(results.keySet());
    return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
  }

  synchronized int size() {
    return results.size();
  }

  /** One for the entry, one per hit and facet value (facets can be long lists of days). */
  private static long weight(SearchResult result) {
    SearchFacets facets = result.facets();
    return 1L
        + result.hits().size()
        + (facets.sources().size()
                + facets.days().size()
                + facets.categories().size()
                + facets.entities().size())
            / 10;
  }
}
