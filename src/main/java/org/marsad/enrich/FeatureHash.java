package org.marsad.enrich;

/**
 * 64-bit hashes of feature names ({@code template + value}) computed without building the name
 * string, so that tagging allocates nothing per feature. With 64 bits, a model of a million
 * features expects no collision (about 10^12 pairs against 2^64 values).
 */
final class FeatureHash {
  private static final long SEED = 0x9E3779B97F4A7C15L;
  private static final long PRIME = 0x100000001B3L;

  /** Separates the parts of a feature, so that {@code ("ab","c")} and {@code ("a","bc")} differ. */
  private static final char SEPARATOR = '\u0001';

  private FeatureHash() {}

  static long of(int template) {
    return mix(SEED ^ template * 0xBF58476D1CE4E5B9L);
  }

  static long of(int template, CharSequence value) {
    return mix(add(start(template), value));
  }

  static long of(int template, CharSequence a, CharSequence b) {
    return mix(add(add(add(start(template), a), SEPARATOR), b));
  }

  static long of(int template, CharSequence a, CharSequence b, CharSequence c) {
    return mix(add(add(add(add(add(start(template), a), SEPARATOR), b), SEPARATOR), c));
  }

  /**
   * The hash of {@code template} with a prefix ({@code fromEnd} false) or suffix of {@code value}.
   */
  static long affix(int template, String value, int length, boolean fromEnd) {
    long h = start(template);
    int from = fromEnd ? value.length() - length : 0;
    for (int i = from; i < from + length; i++) {
      h = (h ^ value.charAt(i)) * PRIME;
    }
    return mix(h);
  }

  static long of(int template, int value) {
    return mix((start(template) ^ value) * PRIME);
  }

  private static long start(int template) {
    return (SEED ^ template) * PRIME;
  }

  private static long add(long h, CharSequence value) {
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * PRIME;
    }
    return h;
  }

  private static long add(long h, char c) {
    return (h ^ c) * PRIME;
  }

  /** Final avalanche (SplitMix64), so that nearby FNV states spread over the table. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
