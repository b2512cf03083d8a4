package org.marsad.search;

import java.util.Arrays;
import java.util.List;

/**
 * Measures search latency for the benchmark: each query is run once, in order, through {@link
 * SearchIndex#search} (parsing, collecting, facets and highlighting included), after a warm-up pass
 * over the same queries.
 */
public final class SearchLatency {

  private static final double NANOS_PER_MILLI = 1_000_000.0;

  private SearchLatency() {}

  /**
   * Latency percentiles of one pass over the queries.
   *
   * @param queries count of queries timed
   * @param p50Millis median latency
   * @param p99Millis 99th-percentile latency (nearest rank)
   * @param maxMillis slowest query
   */
  public record Summary(int queries, double p50Millis, double p99Millis, double maxMillis) {}

  /**
   * Runs {@code warmUp} passes then one timed pass of every query with the default request.
   *
   * @throws IllegalArgumentException when {@code queries} is empty or {@code warmUp} negative
   */
  public static Summary measure(SearchIndex index, List<String> queries, int warmUp) {
    if (queries.isEmpty()) {
      throw new IllegalArgumentException("no queries to measure");
    }
    if (warmUp < 0) {
      throw new IllegalArgumentException("warmUp must be >= 0, got " + warmUp);
    }
    for (int pass = 0; pass < warmUp; pass++) {
      queries.forEach(q -> index.search(SearchRequest.of(q)));
    }
    long[] nanos = new long[queries.size()];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      index.search(SearchRequest.of(queries.get(i)));
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    return new Summary(
        nanos.length,
        millis(percentile(nanos, 0.50)),
        millis(percentile(nanos, 0.99)),
        millis(nanos[nanos.length - 1]));
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(long[] sorted, double fraction) {
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  private static double millis(long nanos) {
    return nanos / NANOS_PER_MILLI;
  }
}
