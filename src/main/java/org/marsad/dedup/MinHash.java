package org.marsad.dedup;

/**
 * One-permutation MinHash (Li, Owen and Zhang 2012) with densification by rotation (Shrivastava and
 * Li 2014): each shingle hash goes to one bin by its top bits and the bin keeps its smallest value,
 * so a sketch costs one pass over the shingles instead of one pass per hash function. An empty bin
 * borrows the next non-empty bin's value, salted by the distance, so that two similar sets still
 * agree on it with probability close to their Jaccard similarity.
 */
final class MinHash {
  private MinHash() {}

  /**
   * @param hashes 64-bit shingle hashes (repeats allowed)
   * @param bins a power of two
   */
  static long[] sketch(long[] hashes, int bins) {
    int shift = 64 - Integer.numberOfTrailingZeros(bins);
    long[] min = new long[bins];
    java.util.Arrays.fill(min, Long.MAX_VALUE);
    boolean any = false;
    for (long h : hashes) {
      int bin = (int) (h >>> shift);
      long value = h & (-1L >>> Integer.numberOfTrailingZeros(bins));
      if (value < min[bin]) {
        min[bin] = value;
        any = true;
      }
    }
    if (!any) {
      return min;
    }
    long[] dense = min.clone();
    for (int b = 0; b < bins; b++) {
      if (min[b] == Long.MAX_VALUE) {
        int distance = 1;
        while (min[(b + distance) % bins] == Long.MAX_VALUE) {
          distance++;
        }
        dense[b] = Hashing.combine(min[(b + distance) % bins], distance);
      }
    }
    return dense;
  }

  /** The LSH key of band {@code band}: its {@code rows} values hashed with the band number. */
  static long bandKey(long[] sketch, int band, int rows) {
    long h = band + 1L;
    for (int r = 0; r < rows; r++) {
      h = Hashing.combine(h, sketch[band * rows + r]);
    }
    return h;
  }
}
