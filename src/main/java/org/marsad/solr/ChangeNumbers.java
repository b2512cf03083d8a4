package org.marsad.solr;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The change cursor's numbers, shared by the processes writing one store, and how far a reader may
 * trust them. A writer takes a number, then writes its article: with several writers, number 12 can
 * be visible before 11, whose writer is still between taking and writing it, and a reader that
 * moved past 12 would never see that version of article 11. So a reader reads only up to the
 * settled number: every number up to it is written or will never be (its write failed, or the
 * article changed again and holds a newer number).
 *
 * <p>A number is settled when it was taken at least {@link #SETTLE} ago (a write follows its number
 * within a request and a commit: well under that), known from the counter's own time of last move
 * and from this process's readings of the counter; and this process's own numbers are settled as
 * soon as their write returned, so that a single process sees its writes at once. The counter's
 * time is the writer's clock: the processes' clocks must agree within a few seconds (NTP).
 * Thread-safe.
 */
final class ChangeNumbers {

  static final int SETTLE_SECONDS = 10;

  /** How long after a number is taken its write is surely visible, or will never be. */
  static final Duration SETTLE = Duration.ofSeconds(SETTLE_SECONDS);

  private static final String COUNTER = "change";

  private record Sample(long nanos, long value) {}

  private final SolrCounters counters;

  /** This process's numbers taken and not yet known settled otherwise: first to last. */
  private final TreeMap<Long, Long> own = new TreeMap<>();

  /** The first number of each range taken by the write in progress here (one at a time). */
  private final TreeSet<Long> inFlight = new TreeSet<>();

  /** Readings of the counter, oldest first: the newest one older than {@link #SETTLE} is kept. */
  private final Deque<Sample> samples = new ArrayDeque<>();

  ChangeNumbers(SolrCounters counters) {
    this.counters = counters;
  }

  /**
   * Takes {@code count} consecutive numbers for the write in progress; returns the first. The store
   * writes one batch at a time and then calls {@link #committed} or {@link #abandoned}.
   */
  long take(int count) {
    long first = counters.next(COUNTER, count);
    synchronized (this) {
      own.put(first, first + count - 1);
      inFlight.add(first);
    }
    return first;
  }

  /** The write in progress committed: its numbers are visible or never will be. */
  synchronized void committed() {
    inFlight.clear();
  }

  /**
   * The write in progress failed midway: what it sent becomes visible with the cluster's next
   * commit, so its numbers settle with time, as another process's.
   */
  synchronized void abandoned() {
    inFlight.forEach(own::remove);
    inFlight.clear();
  }

  /** Up to which numbers were taken at least {@link #SETTLE} ago, as far as the readings tell. */
  private long settledByTime(SolrCounters.Reading now, long nanos) {
    if (System.currentTimeMillis() - now.atMillis() >= SETTLE.toMillis()) {
      return now.value(); // nobody took a number for a while
    }
    Sample oldest = samples.peekFirst();
    return nanos - oldest.nanos() >= SETTLE.toNanos() ? oldest.value() : 0;
  }

  /** The highest number up to which every number is written or never will be. */
  long settled() {
    SolrCounters.Reading now = counters.read(COUNTER);
    long nanos = System.nanoTime();
    synchronized (this) {
      samples.addLast(new Sample(nanos, now.value()));
      // keep one reading older than SETTLE, the newest such: the others say nothing more
      Sample oldest = samples.removeFirst();
      while (!samples.isEmpty() && nanos - samples.peekFirst().nanos() >= SETTLE.toNanos()) {
        oldest = samples.removeFirst();
      }
      samples.addFirst(oldest);
      long base = settledByTime(now, nanos);
      long settled = base;
      for (Map.Entry<Long, Long> range : own.entrySet()) {
        if (range.getKey() > settled + 1) {
          break; // another process's numbers in between, not yet settled
        }
        Long writing = inFlight.ceiling(range.getKey());
        if (writing != null && writing <= range.getValue()) {
          break;
        }
        settled = Math.max(settled, range.getValue());
      }
      own.values().removeIf(last -> last <= base);
      return Math.min(settled, now.value());
    }
  }
}
