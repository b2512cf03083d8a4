package org.marsad.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * Latency and recall of one search engine over a list of queries: a warm-up pass, then one timed
 * pass in order, on one thread. The same procedure for Marsad and the baseline, so their figures
 * compare.
 */
final class QueryLatency {
  /**
   * @param p50Millis median latency
   * @param p99Millis 99th percentile (nearest rank)
   * @param queriesWithHits queries that matched at least one article
   * @param meanHits mean number of matching articles per query
   */
  record Summary(double p50Millis, double p99Millis, int queriesWithHits, double meanHits) {}

  private QueryLatency() {}

  /**
   * @param search runs one query and returns how many articles match it (exact)
   * @throws IllegalArgumentException when there are no queries
   */
  static Summary measure(List<String> queries, ToLongFunction<String> search) {
    queries.forEach(search::applyAsLong); // warm-up
    long[] nanos = new long[queries.size()];
    int withHits = 0;
    long hits = 0;
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      long found = search.applyAsLong(queries.get(i));
      nanos[i] = System.nanoTime() - start;
      withHits += found > 0 ? 1 : 0;
      hits += found;
    }
    Percentiles p = new Percentiles(nanos);
    return new Summary(
        p.at(0.50) / 1e6, p.at(0.99) / 1e6, withHits, (double) hits / queries.size());
  }
}
