package org.marsad.ingest;

/**
 * What was wrong with one input line: why it was not imported, or what was cut from it.
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
