package org.marsad.bench;

import java.util.Arrays;

/** Nearest-rank percentiles of measured durations. */
final class Percentiles {
  private final long[] sorted;

  /**
   * @throws IllegalArgumentException when there are no values
   */
  Percentiles(long[] values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("no values to take percentiles of");
    }
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  /**
   * The smallest value that at least {@code fraction} of the values do not exceed (nearest rank).
   *
   * @throws IllegalArgumentException when {@code fraction} is not in (0, 1]
   */
  long at(double fraction) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
    }
    int rank = (int) Math.ceil(fraction * sorted.length);
    return sorted[rank - 1];
  }
}
