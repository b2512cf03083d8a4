package org.marsad.pipeline;

import java.time.Duration;
import java.util.function.Supplier;
import org.marsad.ingest.LeaseKeeper;
import org.marsad.ingest.SourceLeases;
import org.marsad.search.SearchIndex;
import org.marsad.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link StoreFollower} of this process, run only while the process holds the pipeline's lease
 * ({@link SourceLeases#PIPELINE}), so that among processes sharing a store one at a time runs the
 * stages. The stages keep memory (the copies and stories they know): two processes running them at
 * once would each place an article among what it alone had seen, and a copy fetched by one process
 * would miss its original analyzed by the other; nor may two processes assign stories at once, or
 * one would undo the other's merges.
 *
 * <p>A process that holds the lease keeps its stages' memory only while nobody else ran them: when
 * the index's cursor is no longer where this process left it, another process analyzed articles in
 * between, and the stages start afresh, re-reading the last analyzed articles ({@link
 * ArticleStage#recall}), which now include the other's. A process that loses the lease (it hung
 * past the lease's TTL) stops before its next page, after committing the page in hand; the next
 * holder starts from the committed cursor, so nothing is skipped.
 *
 * <p>A process that serves keeps the lease between catch-ups ({@link #keepBetweenCatchUps}); one
 * that runs a command gives it up after each, so that a serving process takes it over. Thread-safe.
 */
final class LeasedFollower {
  private static final Logger LOG = LoggerFactory.getLogger(LeasedFollower.class);
  private static final Duration WAIT_STEP = Duration.ofMillis(250);

  private final Supplier<StoreFollower> newFollower;
  private final LeaseKeeper leases;
  private final Store store;
  private final SearchIndex index;
  private final Duration patience;
  private volatile boolean keep;
  private StoreFollower follower;
  private long leftAt = -1;

  /**
   * @param newFollower a follower with fresh stages
   * @param patience how long {@link #catchUpAll} waits for another process to analyze what this one
   *     stored (the lease's TTL and a turn)
   */
  LeasedFollower(
      Supplier<StoreFollower> newFollower,
      LeaseKeeper leases,
      Store store,
      SearchIndex index,
      Duration patience) {
    this.newFollower = newFollower;
    this.leases = leases;
    this.store = store;
    this.index = index;
    this.patience = patience;
  }

  /** From now on the lease is kept between catch-ups (a serving process that follows the store). */
  void keepBetweenCatchUps() {
    keep = true;
  }

  /**
   * Analyzes and indexes what the store changed, when this process may ({@link
   * StoreFollower#catchUp}); returns how many articles, 0 when another process holds the lease.
   */
  synchronized int catchUp() {
    if (!leases.acquire(SourceLeases.PIPELINE)) {
      return 0;
    }
    try {
      return current().catchUp(() -> leases.holds(SourceLeases.PIPELINE));
    } finally {
      leftAt = index.storeCursor();
      giveBack();
    }
  }

  /**
   * Returns once everything the store holds now is analyzed and indexed, by this process or by the
   * one holding the lease, or when {@code patience} ran out (logged: the holder analyzes it later);
   * returns how many articles this process analyzed.
   */
  int catchUpAll() {
    long target = store.cursorBefore(Long.MAX_VALUE, 0);
    long deadline = System.nanoTime() + patience.toNanos();
    int analyzed = 0;
    while (true) {
      analyzed += catchUp();
      if (index.storeCursor() >= target) {
        return analyzed;
      }
      if (System.nanoTime() > deadline) {
        LOG.warn(
            "articles stored up to change {} are not analyzed yet: the process holding the"
                + " pipeline's lease analyzes them",
            target);
        return analyzed;
      }
      try {
        Thread.sleep(WAIT_STEP.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return analyzed;
      }
    }
  }

  /**
   * Rebuilds the index from the store ({@link StoreFollower#rebuild}) when this process may;
   * returns how many articles, or -1 when another process holds the lease (ask again later).
   */
  synchronized int rebuild() {
    if (!leases.acquire(SourceLeases.PIPELINE)) {
      return -1;
    }
    try {
      return current().rebuild();
    } finally {
      leftAt = index.storeCursor();
      giveBack();
    }
  }

  /** This process's follower, afresh when another process moved the cursor since it left it. */
  private StoreFollower current() {
    if (follower == null || index.storeCursor() != leftAt) {
      follower = newFollower.get();
    }
    return follower;
  }

  private void giveBack() {
    if (!keep) {
      leases.release(SourceLeases.PIPELINE);
    }
  }
}
