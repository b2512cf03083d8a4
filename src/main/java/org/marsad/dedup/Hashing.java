package org.marsad.dedup;

/** 64-bit hashing for tokens and shingles: FNV-1a over chars, finished by a MurmurHash3 mix. */
final class Hashing {
  static final long START = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  static long of(CharSequence s) {
    long h = START;
    for (int i = 0; i < s.length(); i++) {
      h = step(h, s.charAt(i));
    }
    return mix(h);
  }

  /** One FNV-1a step: the hash so far with the next char. */
  static long step(long h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /** The hash of a sequence, from the hash so far and the next element's hash (order matters). */
  static long combine(long sofar, long next) {
    return mix(sofar * GOLDEN + next);
  }

  /** MurmurHash3's 64-bit finalizer: every input bit affects every output bit. */
  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53ae63bL;
    h ^= h >>> 33;
    return h;
  }
}
