package org.marsad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Records one row of docs/RELIABILITY.md from a hostile, fault or bad-input test: what the test
 * tries, what must hold, and what it measured this run. Rows go to {@code
 * target/reliability/<suite>.tsv}; {@code eval/reliability.sh} assembles them into the document, so
 * the table always shows figures from the last run instead of numbers typed by hand.
 *
 * <p>Call it after the test's assertions passed, so a row stands only for a check that held.
 */
public final class Reliability {
  private static final Path DIRECTORY = Path.of("target", "reliability");

  private Reliability() {}

  /**
   * @param suite the table the row belongs to: "faults", "hostile-web", "bad-input", "security",
   *     "load", "fuzz"
   * @param test the test class and method, e.g. {@code PollDurabilityIT.killNineMidPoll}
   * @param tries what the test does to Marsad, one line
   * @param mustHold what must hold afterwards, one line
   * @param measured the figures this run measured, one line
   */
  public static synchronized void record(
      String suite, String test, String tries, String mustHold, String measured) {
    String row =
        String.join("\t", clean(test), clean(tries), clean(mustHold), clean(measured)) + "\n";
    try {
      Files.createDirectories(DIRECTORY);
      Files.writeString(
          DIRECTORY.resolve(suite + ".tsv"),
          row,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot record a reliability row for " + test, e);
    }
  }

  private static String clean(String cell) {
    return cell == null ? "" : cell.replaceAll("[\\t\\r\\n|]+", " ").strip();
  }
}
