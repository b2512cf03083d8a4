package org.marsad.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Measures how many documents per second a task processes: a warm-up, then rounds of a fixed
 * duration, reporting the median so that a GC pause or a noisy neighbour skews one round, not the
 * figure.
 */
final class Throughput {
  /** A task's figures: median docs/s and MB/s over the measured rounds. */
  record Result(String name, double docsPerSecond, double megabytesPerSecond, int rounds) {}

  static final int WARM_UP_PASSES = 5;
  static final long MAX_WARM_UP_NANOS = 30_000_000_000L;

  private final double secondsPerRound;
  private final int rounds;

  Throughput(double secondsPerRound, int rounds) {
    this.secondsPerRound = secondsPerRound;
    this.rounds = rounds;
  }

  Result measure(String name, List<BenchDoc> docs, Consumer<BenchDoc> task) {
    return measure(name, docs, BenchDoc::utf8Bytes, task);
  }

  /** Measures {@code task} over {@code items}, cycling; MB/s counts {@code bytesOf} each item. */
  <T> Result measure(String name, List<T> items, ToLongFunction<T> bytesOf, Consumer<T> task) {
    long bytes = items.stream().mapToLong(bytesOf).sum();
    double bytesPerItem = (double) bytes / items.size();
    warmUp(items, task);
    List<Double> rates = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      rates.add(runRound(items, task));
    }
    Collections.sort(rates);
    double median = rates.get(rates.size() / 2);
    return new Result(name, median, median * bytesPerItem / 1e6, rounds);
  }

  /**
   * Runs the task until the JIT has seen every item several times: at least one round's time and
   * {@link #WARM_UP_PASSES} passes over the items (capped at {@link #MAX_WARM_UP_NANOS}). One round
   * alone is not enough for the HTML extractor, whose rate still doubles after it.
   */
  private <T> void warmUp(List<T> items, Consumer<T> task) {
    long start = System.nanoTime();
    long minimum = (long) (secondsPerRound * 1e9);
    long done = 0;
    long elapsed;
    do {
      task.accept(items.get((int) (done % items.size())));
      done++;
      elapsed = System.nanoTime() - start;
    } while ((elapsed < minimum || done < WARM_UP_PASSES * items.size())
        && elapsed < MAX_WARM_UP_NANOS);
  }

  /** Items per second over one round of at least {@code secondsPerRound}. */
  private <T> double runRound(List<T> items, Consumer<T> task) {
    long budget = (long) (secondsPerRound * 1e9);
    long start = System.nanoTime();
    long done = 0;
    int i = 0;
    long elapsed;
    do {
      task.accept(items.get(i));
      i = (i + 1) % items.size();
      done++;
      elapsed = System.nanoTime() - start;
    } while (elapsed < budget);
    return done / (elapsed / 1e9);
  }
}
