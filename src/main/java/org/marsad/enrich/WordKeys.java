package org.marsad.enrich;

import org.marsad.text.ArabicArticle;

/**
 * The matching form of a normalized word for keywords and tags: the article and what may precede it
 * removed, so that {@code الأمن}, {@code والأمن}, {@code للأمن} and {@code أمن} meet; and 64-bit
 * hashes of those forms and of their sequences, which keep the corpus tables small.
 *
 * <p>{@link #key}: removes {@code [و|ف]?[ب|ك]?ال} or {@code [و|ف]?لل} when at least {@value
 * #MIN_AFTER_ARTICLE} letters remain ({@code والأمن} to {@code امن}, {@code للأمم} to {@code امم};
 * {@code الي} stays). Input is already normalized ({@code أ} is {@code ا}, {@code ة} is {@code ه}).
 *
 * <p>{@link #withoutProclitic}: a key with one leading {@code و ف ب ل} removed when at least
 * {@value #MIN_AFTER_PROCLITIC} letters remain ({@code وسوريا} to {@code سوريا}); not {@code ك},
 * rare as a clitic on a bare noun and the first letter of many names ({@code كمال}). Whether the
 * letter is a clitic or part of the word ({@code وزير}) is not knowable without a lexicon, so
 * callers use it only with evidence (the bare form occurs too) or to find a tag in a text, never to
 * invent one.
 */
final class WordKeys {
  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';

  static final int MIN_AFTER_ARTICLE = ArabicArticle.MIN_AFTER;
  static final int MIN_AFTER_PROCLITIC = 3;

  private static final long FNV_START = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private WordKeys() {}

  /** {@code word} (normalized, lowercase) without its article. */
  static String key(String word) {
    int end = ArabicArticle.length(word, 0, word.length());
    return end == 0 ? word : word.substring(end);
  }

  /** {@code key} without one leading proclitic letter, or null when it has none. */
  static String withoutProclitic(String key) {
    if (key.length() < MIN_AFTER_PROCLITIC + 1) {
      return null;
    }
    char c = key.charAt(0);
    return c == WAW || c == FEH || c == BEH || c == LAM ? key.substring(1) : null;
  }

  /** A 64-bit hash of a key: FNV-1a over its chars, finished by MurmurHash3's mix. */
  static long hash(String key) {
    long h = FNV_START;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** The hash of a word sequence from the hash so far and the next word's (order matters). */
  static long combine(long sofar, long next) {
    return mix(sofar * GOLDEN + next);
  }

  /** The hash of words {@code [from, to)} of {@code hashes}. */
  static long phrase(long[] hashes, int from, int to) {
    long h = hashes[from];
    for (int k = from + 1; k < to; k++) {
      h = combine(h, hashes[k]);
    }
    return h;
  }

  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53ae63bL;
    h ^= h >>> 33;
    return h;
  }
}
