package org.marsad.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Latencies and failures per route of a mixed load, recorded by many client threads at once: the
 * {@link ConcurrentLoad} summary is of the whole mix, this splits it by route.
 */
final class RouteTimes {
  /**
   * One route's figures.
   *
   * @param requests requests answered (any outcome)
   * @param errors requests that failed, got another status than 200 or no answer in time
   */
  record Summary(
      long requests, double p50Millis, double p99Millis, double maxMillis, long errors) {}

  private final List<String> names;
  private final List<List<Long>> nanos = new ArrayList<>();
  private final long[] errors;

  RouteTimes(List<String> names) {
    this.names = List.copyOf(names);
    names.forEach(n -> nanos.add(new ArrayList<>()));
    this.errors = new long[names.size()];
  }

  /** Records one request to route {@code index}. */
  synchronized void add(int index, long latencyNanos, boolean failed) {
    nanos.get(index).add(latencyNanos);
    if (failed) {
      errors[index]++;
    }
  }

  /** The figures of the route called {@code name}; zeros when it got no request. */
  synchronized Summary summary(String name) {
    int index = names.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no route " + name + " in " + names);
    }
    long[] values = nanos.get(index).stream().mapToLong(Long::longValue).toArray();
    if (values.length == 0) {
      return new Summary(0, 0, 0, 0, errors[index]);
    }
    Percentiles p = new Percentiles(values);
    return new Summary(
        values.length, p.at(0.50) / 1e6, p.at(0.99) / 1e6, p.at(1.0) / 1e6, errors[index]);
  }
}
