package org.marsad.dedup;

import java.util.Arrays;

/**
 * Sorted distinct 32-bit hashes (shingles, character grams) with the set measures duplicate
 * detection needs, by one merge pass. A set cut to its smallest hashes (a bottom-k sketch) is
 * compared only below the smaller of the two cut-offs, which keeps the estimates unbiased.
 */
final class HashSet32 {
  static final int[] EMPTY = new int[0];

  private HashSet32() {}

  /** Sorts, removes repeats and keeps at most {@code max} smallest values (signed order). */
  static int[] distinct(int[] values, int count, int max) {
    int[] a = Arrays.copyOf(values, count);
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length && n < max; i++) {
      if (n == 0 || a[i] != a[n - 1]) {
        a[n++] = a[i];
      }
    }
    return n == a.length ? a : Arrays.copyOf(a, n);
  }

  /** Intersection and the two set sizes, restricted to values up to {@code ceiling}. */
  record Overlap(int common, int sizeA, int sizeB) {
    double jaccard() {
      int union = sizeA + sizeB - common;
      return union == 0 ? 0 : (double) common / union;
    }

    double dice() {
      return sizeA + sizeB == 0 ? 0 : 2.0 * common / (sizeA + sizeB);
    }

    /** The share of the smaller set found in the larger. */
    double containment() {
      int smaller = Math.min(sizeA, sizeB);
      return smaller == 0 ? 0 : (double) common / smaller;
    }
  }

  /**
   * Compares two sets; {@code cutA}/{@code cutB} say whether a set was cut at its bottom-k size, in
   * which case only values up to its largest kept value are compared.
   */
  static Overlap overlap(int[] a, boolean cutA, int[] b, boolean cutB) {
    long ceiling = Long.MAX_VALUE;
    if (cutA && a.length > 0) {
      ceiling = Math.min(ceiling, a[a.length - 1]);
    }
    if (cutB && b.length > 0) {
      ceiling = Math.min(ceiling, b[b.length - 1]);
    }
    int i = 0;
    int j = 0;
    int common = 0;
    int sizeA = 0;
    int sizeB = 0;
    while (i < a.length && a[i] <= ceiling && j < b.length && b[j] <= ceiling) {
      if (a[i] == b[j]) {
        common++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    sizeA = countUpTo(a, ceiling);
    sizeB = countUpTo(b, ceiling);
    return new Overlap(common, sizeA, sizeB);
  }

  private static int countUpTo(int[] a, long ceiling) {
    if (ceiling == Long.MAX_VALUE || a.length == 0 || a[a.length - 1] <= ceiling) {
      return a.length;
    }
    int at = Arrays.binarySearch(a, (int) ceiling);
    return at >= 0 ? at + 1 : -at - 1;
  }
}
