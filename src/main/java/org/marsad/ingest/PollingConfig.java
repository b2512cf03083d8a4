package org.marsad.ingest;

import java.time.Duration;

/**
 * Settings of {@link SourcePoller} and {@link PollScheduler}.
 *
 * @param defaultInterval the starting interval of a source without its own ({@code
 *     Source.pollInterval} null)
 * @param minInterval the shortest interval a busy source adapts down to
 * @param maxInterval the longest interval a quiet source adapts up to
 * @param maxBackoff the longest wait after repeated failures
 * @param threads sources polled at once (per-host limits still apply inside the fetcher)
 * @param perHost sources of one host ({@code host:port}) polled at once, at most {@code threads}:
 *     the rest of the pool stays free for other hosts when one host is slow
 */
public record PollingConfig(
    Duration defaultInterval,
    Duration minInterval,
    Duration maxInterval,
    Duration maxBackoff,
    int threads,
    int perHost) {

  public PollingConfig {
    for (Duration d : new Duration[] {defaultInterval, minInterval, maxInterval, maxBackoff}) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("polling durations must be positive: " + d);
      }
    }
    if (minInterval.compareTo(maxInterval) > 0) {
      throw new IllegalArgumentException(
          "minInterval " + minInterval + " is longer than maxInterval " + maxInterval);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    if (perHost < 1 || perHost > threads) {
      throw new IllegalArgumentException(
          "perHost must be between 1 and threads (" + threads + "): " + perHost);
    }
  }

  /**
   * 10 minutes to start, adapting between 2 minutes and 2 hours; failures back off to 6 hours; 4
   * sources at once, one per host.
   */
  public static PollingConfig defaults() {
    return new PollingConfig(
        Duration.ofMinutes(10),
        Duration.ofMinutes(2),
        Duration.ofHours(2),
        Duration.ofHours(6),
        4,
        1);
  }
}
