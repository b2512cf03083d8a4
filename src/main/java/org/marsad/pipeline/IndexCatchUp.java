package org.marsad.pipeline;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index up to the store on a thread of its own, after polls store articles. Not on the
 * poll workers: stopping the scheduler interrupts them, and an interrupt inside a Lucene write
 * closes the index writer. Requests made while one is waiting are merged into it.
 */
final class IndexCatchUp implements AutoCloseable {
  static final Duration CLOSE_GRACE = Duration.ofSeconds(30);
  private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);

  private final IndexSync sync;
  private final AtomicBoolean waiting = new AtomicBoolean();
  private final ExecutorService thread =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "marsad-index");
            t.setDaemon(true);
            return t;
          });

  IndexCatchUp(IndexSync sync) {
    this.sync = sync;
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
            try {
              sync.catchUp();
            } catch (RuntimeException e) {
              LOG.warn("index catch-up failed; the next one retries: {}", e.toString());
            }
          });
    } catch (RejectedExecutionException closed) {
      waiting.set(false);
    }
  }

  /** Lets the catch-up in progress or waiting finish, for at most {@link #CLOSE_GRACE}. */
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
