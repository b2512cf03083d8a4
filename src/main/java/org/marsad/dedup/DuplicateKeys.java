package org.marsad.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The LSH band keys of an article as text, for a search index to hold beside it: the duplicates
 * stage asks the index for the articles filed under the keys a new article seeks, to find copies
 * the detector's memory no longer holds (it keeps {@link DedupConfig#maxDocuments} articles; a
 * shared cluster keeps years). The keys are the detector's own buckets: MinHash bands of body
 * shingles ({@code b}), of headline trigrams ({@code t}), and of the headlines of articles whose
 * body is too short to compare ({@code s}); a candidate found here is verified as any other.
 */
public final class DuplicateKeys {
  private static final DedupConfig SETTINGS = DedupConfig.defaults();

  private DuplicateKeys() {}

  /** The keys an article is filed under. */
  public static List<String> filed(String title, String body) {
    BodyFingerprint fingerprint = BodyFingerprint.of(body, SETTINGS);
    long[] titleSketch = titleSketch(ShortText.of(title));
    List<String> keys = new ArrayList<>();
    add(keys, "b", fingerprint.sketch(), DedupConfig.BAND_ROWS);
    add(keys, "t", titleSketch, DedupConfig.TITLE_BAND_ROWS);
    if (!fingerprint.informative()) {
      add(keys, "s", titleSketch, DedupConfig.TITLE_BAND_ROWS);
    }
    return keys;
  }

  /**
   * The keys an article's candidate copies are filed under: body bands and the headlines of
   * short-bodied articles when its body can be compared, else every headline's bands.
   */
  public static List<String> sought(String title, String body) {
    BodyFingerprint fingerprint = BodyFingerprint.of(body, SETTINGS);
    long[] titleSketch = titleSketch(ShortText.of(title));
    List<String> keys = new ArrayList<>();
    add(keys, "b", fingerprint.sketch(), DedupConfig.BAND_ROWS);
    add(keys, fingerprint.informative() ? "s" : "t", titleSketch, DedupConfig.TITLE_BAND_ROWS);
    return keys;
  }

  /** The MinHash sketch of a headline's trigrams, or null when it has too few words to match. */
  static long[] titleSketch(ShortText title) {
    if (title.words() < PairMatcher.MIN_TITLE_WORDS) {
      return null;
    }
    int[] grams = title.grams();
    long[] hashes = new long[grams.length];
    for (int i = 0; i < grams.length; i++) {
      hashes[i] = Hashing.mix(grams[i]);
    }
    return MinHash.sketch(hashes, DedupConfig.MIN_HASH_BINS);
  }

  private static void add(List<String> keys, String kind, long[] sketch, int rows) {
    if (sketch == null) {
      return;
    }
    for (int band = 0; band < sketch.length / rows; band++) {
      keys.add(kind + Long.toHexString(MinHash.bandKey(sketch, band, rows)));
    }
  }
}
