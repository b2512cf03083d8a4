package org.marsad.alert;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts of {@code marsad serve}, in one background thread: every interval, match the newly
 * indexed articles against the saved searches, then post what is due. A failed turn is logged and
 * the next one tries again (nothing is lost: the cursors and deliveries are in the store). Closing
 * interrupts a post in flight (not counted as an attempt) and waits for the turn to end.
 */
public final class AlertTask implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AlertTask.class);

  /** How long closing waits for a turn in progress. */
  static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final AlertChecker checker;
  private final WebhookDeliverer deliverer;
  private ScheduledExecutorService executor;

  public AlertTask(AlertChecker checker, WebhookDeliverer deliverer) {
    this.checker = checker;
    this.deliverer = deliverer;
  }

  /** Starts the turns, the first at once; starting twice changes nothing. */
  public synchronized void start(Duration interval) {
    if (executor != null) {
      return;
    }
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("alerts.interval must be positive: " + interval);
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread thread = new Thread(r, "marsad-alerts");
              thread.setDaemon(true);
              return thread;
            });
    executor.scheduleWithFixedDelay(this::turn, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** One turn: match, then deliver. */
  public void turn() {
    try {
      int matched = checker.check();
      int delivered = deliverer.deliverDue();
      if (matched > 0 || delivered > 0) {
        LOG.info("alerts: {} new matches, {} webhook posts delivered", matched, delivered);
      }
    } catch (RuntimeException e) {
      LOG.warn("alerts: turn failed, tried again at the next one", e);
    }
  }

  @Override
  public synchronized void close() {
    if (executor == null) {
      return;
    }
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("alerts: a turn did not end within {} ms of stopping", STOP_GRACE.toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
