package org.marsad.dedup;

import org.marsad.text.ArabicNormalizer;

/**
 * What duplicate detection keeps of a body: the hash of its whole token sequence (exact copies),
 * its distinct word shingles (near copies) and a MinHash sketch of them (finding candidates).
 *
 * <p>Shingles are {@value #SHINGLE_WORDS} consecutive normalized words, hashed to 32 bits; at most
 * {@link DedupConfig#maxShingles()} smallest are kept (a bottom-k sample), so a long or padded body
 * costs bounded memory. A body is <em>informative</em> when it has at least {@link
 * DedupConfig#minShingles()} distinct shingles: counting distinct shingles, not length, is what
 * keeps one sentence repeated 10,000 times, an empty body or a copyright line from grouping
 * unrelated articles.
 *
 * @param exactHash hash of the normalized token sequence (0 for an empty body)
 * @param tokens number of tokens read
 * @param shingles sorted distinct shingle hashes, at most the configured maximum
 * @param cut whether {@code shingles} was cut to the maximum
 * @param sketch MinHash values, one per bin, or null when the body is not informative
 */
record BodyFingerprint(long exactHash, int tokens, int[] shingles, boolean cut, long[] sketch) {
  static final int SHINGLE_WORDS = 5;
  private static final long SEQUENCE_PRIME = 0x9E3779B97F4A7C15L;

  static BodyFingerprint of(String body, DedupConfig config) {
    return ofNormalized(body == null ? "" : ArabicNormalizer.standard().normalize(body), config);
  }

  /** {@link #of} for a body already normalized by the standard {@link ArabicNormalizer}. */
  static BodyFingerprint ofNormalized(String body, DedupConfig config) {
    long[] tokenHashes = MatchTokens.hashes(body, config.maxTokens());
    long exact = tokenHashes.length == 0 ? 0 : 1;
    for (long t : tokenHashes) {
      exact = exact * SEQUENCE_PRIME + t;
    }
    exact = Hashing.mix(exact);
    int count = Math.max(0, tokenHashes.length - SHINGLE_WORDS + 1);
    int[] raw = new int[count];
    long[] full = new long[count];
    for (int i = 0; i < count; i++) {
      long h = tokenHashes[i];
      for (int j = 1; j < SHINGLE_WORDS; j++) {
        h = h * SEQUENCE_PRIME + tokenHashes[i + j];
      }
      full[i] = Hashing.mix(h);
      raw[i] = (int) full[i];
    }
    int[] shingles = HashSet32.distinct(raw, count, Integer.MAX_VALUE);
    boolean informative = shingles.length >= config.minShingles();
    boolean cut = shingles.length > config.maxShingles();
    if (cut) {
      shingles = java.util.Arrays.copyOf(shingles, config.maxShingles());
    }
    long[] sketch = informative ? MinHash.sketch(full, config.minHashBins()) : null;
    return new BodyFingerprint(exact, tokenHashes.length, shingles, cut, sketch);
  }

  boolean informative() {
    return sketch != null;
  }

  HashSet32.Overlap overlap(BodyFingerprint other) {
    return HashSet32.overlap(shingles, cut, other.shingles, other.cut);
  }
}
