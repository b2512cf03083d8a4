package org.marsad.search;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The results of one commit's recent searches, least recently used first out, bounded by the hits
 * they hold: what Solr's {@code queryResultCache} and Elasticsearch's request cache do for a
 * point-in-time reader. A result depends only on the request and the commit (the query grammar
 * reads no clock), so it stays right until the next commit, whose searcher starts with an empty
 * cache. Readers repeat searches (the same story's words, a shared link, a saved search's page, the
 * next page and back); under 50 clients each repeat answered from here costs a map look-up instead
 * of ranking, facets and highlights.
 *
 * <p>The same bounded cache keeps what callers derive from one commit ({@link PerCommit}, such as
 * an article's related articles), each kind weighed its own way.
 *
 * <p>A synchronized {@link LinkedHashMap} rather than a concurrent cache library: one look-up and
 * at most one insert per search, each a few hundred nanoseconds under the lock, against a search of
 * a millisecond or more.
 *
 * @param <K> the request
 * @param <V> its result
 */
final class ResultCache<K, V> {
  private final int maxWeight;
  private final ToLongFunction<? super V> weight;
  private final Map<K, V> results = new LinkedHashMap<>(64, 0.75f, true);
  private long weightHeld;

  /**
   * @param maxWeight the weight all cached results may hold together; 0 keeps nothing
   * @param weight a result's weight, at least 1
   * @throws IllegalArgumentException when maxWeight is negative
   */
  ResultCache(int maxWeight, ToLongFunction<? super V> weight) {
    if (maxWeight < 0) {
      throw new IllegalArgumentException("maxWeight must be >= 0, got " + maxWeight);
    }
    this.maxWeight = maxWeight;
    this.weight = weight;
  }

  /**
   * A cache of searches holding up to {@code maxHits} hits (a hit is about 1 KB: title, snippets,
   * source); 0 keeps nothing.
   */
  static ResultCache<SearchRequest, SearchResult> ofSearches(int maxHits) {
    return new ResultCache<>(maxHits, ResultCache::hits);
  }

  /** The result cached for {@code request}, or null. */
  synchronized V get(K request) {
    return results.get(request);
  }

  /**
   * Keeps {@code result} for {@code request}, making room by dropping the least recently used; a
   * result weighing more than the whole bound is not kept.
   */
  synchronized void put(K request, V result) {
    long added = weight.applyAsLong(result);
    if (added > maxWeight) {
      return;
    }
    V previous = results.put(request, result);
    weightHeld += added - (previous == null ? 0 : weight.applyAsLong(previous));
    Iterator<V> oldestFirst = results.values().iterator();
    while (weightHeld > maxWeight && oldestFirst.hasNext()) {
      V dropped = oldestFirst.next();
      oldestFirst.remove();
      weightHeld -= weight.applyAsLong(dropped);
    }
  }

  /** Up to {@code n} requests, the most recently used last. */
  synchronized List<K> mostRecent(int n) {
    List<K> all = new ArrayList<>(results.keySet());
    return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
  }

  synchronized int size() {
    return results.size();
  }

  /** One for the entry, one per hit and facet value (facets can be long lists of days). */
  private static long hits(SearchResult result) {
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
