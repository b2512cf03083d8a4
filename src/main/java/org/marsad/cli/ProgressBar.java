package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn at most five times a second: the share of the work
 * done, how many items, and their rate. Thread-safe (polls report from worker threads).
 */
final class ProgressBar {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final long total;
  private final String unit;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;
  private long done;
  private long items;

  /**
   * @param total the amount of work (bytes of a file, sources of a pass)
   * @param unit what {@code items} counts, plural ("lines", "sources")
   */
  ProgressBar(PrintWriter err, long total, String unit) {
    this.err = err;
    this.total = total;
    this.unit = unit;
  }

  /** Records progress: {@code done} of the total, {@code items} handled so far. */
  synchronized void update(long done, long items) {
    this.done = done;
    this.items = items;
    long now = System.nanoTime();
    if (now - lastDrawNanos >= REDRAW_NANOS) {
      lastDrawNanos = now;
      draw(now);
    }
  }

  /** Draws the final state and ends the line. */
  synchronized void finish() {
    draw(System.nanoTime());
    err.println();
    err.flush();
  }

  private void draw(long now) {
    double share = total <= 0 ? 1 : Math.min(1, (double) done / total);
    int filled = (int) Math.round(share * WIDTH);
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%%  %,d %s  %,.0f %s/s ",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            Math.round(share * 100),
            items,
            unit,
            items / seconds,
            unit));
    err.flush();
  }
}
