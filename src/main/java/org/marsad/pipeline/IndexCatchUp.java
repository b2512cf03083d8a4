package org.marsad.pipeline;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to the store on one thread of its own: on request, after polls store
 * articles, and, while following the store ({@link #follow}), every interval, which also picks up
 * what another process stored and carries out a pending {@link ReindexRequest}. Not on the poll
 * workers: stopping the scheduler interrupts them, and an interrupt inside a Lucene write closes
 * the index writer. Requests made while one is waiting are merged into it. Thread-safe.
 */
final class IndexCatchUp implements AutoCloseable {
  static final Duration CLOSE_GRACE = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

  private final LeasedFollower sync;
  private final ReindexRequest reindexRequest;
  private final AtomicBoolean waiting = new AtomicBoolean();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "marsad-index");
            t.setDaemon(true);
            return t;
          });

  IndexCatchUp(LeasedFollower sync, ReindexRequest reindexRequest) {
    this.sync = sync;
    this.reindexRequest = reindexRequest;
  }

  /**
   * Catches up soon; returns at once. After {@link #close} it does nothing (the next start will).
   */
  void request() {
    if (!waiting.compareAndSet(false, true)) {
      return;
    }
    try {
      thread.execute(
          () -> {
            waiting.set(false);
            catchUp();
          });
    } catch (RejectedExecutionException closed) {
      waiting.set(false);
    }
  }

  /**
   * From now on, every {@code interval}: a requested rebuild, else a catch-up.
   *
   * @throws IllegalArgumentException when the interval is not positive
   */
  void follow(Duration interval) {
    if (interval.isZero() || interval.isNegative()) {
      throw new IllegalArgumentException("index.sync-interval must be positive: " + interval);
    }
    thread.scheduleWithFixedDelay(this::turn, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void turn() {
    if (!reindexRequest.pending()) {
      catchUp();
      return;
    }
    try {
      long start = System.nanoTime();
      int count = sync.rebuild();
      if (count < 0) {
        return; // another process holds the pipeline's lease: retried at the next turn
      }
      reindexRequest.clear();
      LOG.info(
          "index rebuilt on request: {} articles in {} ms",
          count,
          (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      LOG.warn("requested index rebuild failed, retried in the next turn: {}", e.toString());
    }
  }

  private void catchUp() {
    try {
      int count = sync.catchUp();
      if (count > 0) {
        LOG.debug("indexed {} articles stored since the last catch-up", count);
      }
    } catch (RuntimeException e) {
      LOG.warn("index catch-up failed; the next one retries: {}", e.toString());
    }
  }

  /**
   * Lets the catch-up in progress finish (an interrupt could break Lucene's files), at most {@link
   * #CLOSE_GRACE}.
   */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("index catch-up still running after {} s", CLOSE_GRACE.toSeconds());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
