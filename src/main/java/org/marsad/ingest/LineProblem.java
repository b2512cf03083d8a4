package org.marsad.ingest;

/**
 * Why one input line was not imported.
 *
 * @param line the 1-based line number in the file
 * @param reason one short phrase naming what was wrong
 */
public record LineProblem(long line, String reason) {
  @Override
  public String toString() {
    return "line " + line + ": " + reason;
  }
}
