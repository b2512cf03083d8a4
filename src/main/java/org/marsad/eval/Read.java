package org.marsad.eval;

import java.util.List;

/**
 * What a reader took from a file, and the lines it skipped, each named with its line number and
 * reason (for example {@code "line 4: not JSON"}).
 */
public record Read<T>(List<T> items, List<String> problems) {
  public Read {
    items = List.copyOf(items);
    problems = List.copyOf(problems);
  }

  /** How many lines were skipped. */
  public int skipped() {
    return problems.size();
  }
}
