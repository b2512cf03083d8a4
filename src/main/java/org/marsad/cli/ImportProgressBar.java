package org.marsad.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.marsad.ingest.ImportListener;

/**
 * A one-line progress bar redrawn with a carriage return: share of the file's bytes read, lines and
 * lines per second. Redraws at most every {@value #REDRAW_MILLIS} ms so a fast import is not slowed
 * by its own bar.
 */
final class ImportProgressBar implements ImportListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_MILLIS = 200;
  private static final long NANOS_PER_MILLI = 1_000_000;

  private final PrintWriter err;
  private final long totalBytes;
  private final long startNanos = System.nanoTime();
  private long lastDrawNanos;
  private long bytesRead;
  private long lines;

  ImportProgressBar(PrintWriter err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  @Override
  public void lineRead(long bytesRead, long lineNumber) {
    this.bytesRead = bytesRead;
    this.lines = lineNumber;
    long now = System.nanoTime();
    if (now - lastDrawNanos >= REDRAW_MILLIS * NANOS_PER_MILLI) {
      lastDrawNanos = now;
      draw(now);
    }
  }

  /** Draws the final state and ends the line. */
  void finish() {
    draw(System.nanoTime());
    err.println();
    err.flush();
  }

  private void draw(long now) {
    double share = totalBytes <= 0 ? 1 : Math.min(1, (double) bytesRead / totalBytes);
    int filled = (int) Math.round(share * WIDTH);
    double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
    err.print(
        String.format(
            Locale.ROOT,
            "\r[%s%s] %3d%%  %,d lines  %,.0f lines/s ",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            Math.round(share * 100),
            lines,
            lines / seconds));
    err.flush();
  }
}
