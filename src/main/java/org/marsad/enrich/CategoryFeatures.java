package org.marsad.enrich;

import java.util.Arrays;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * Turns an article's title and body into the sparse vector the linear category model reads: the
 * light stems ({@link CategoryLightStemmer}) of the words after {@link
 * ArabicNormalizer#standard()}, the title's stems once more under their own name (a headline word
 * says more than a body word), and the punctuation and symbols used (outlets differ in them:
 * hashtags, slashes between month names, quotation marks). Every feature is hashed into {@code
 * 2^hashBits} slots, weighted by sublinear term frequency {@code 1 + ln(tf)}, and the whole vector
 * scaled to unit length, so a long article does not outvote a short one.
 *
 * <p>Chosen on a held-out part of the ANT train split: unstemmed words and pairs of adjacent stems
 * on top of this made the model three times larger and no better (3,000 training articles are too
 * few to weigh them), and IDF weighting made it worse.
 *
 * <p>Only the first {@code maxBodyChars} chars of the body are read: the opening of a news article
 * says what it is about, and a pathological body (1 MB in one paragraph) then costs no more than a
 * normal one. Runs of more than {@value #MAX_WORD_CHARS} letters are not words and are passed over.
 * Numbers count by their length only ({@code 2018} and {@code 1999} are one feature). Immutable and
 * thread-safe.
 */
final class CategoryFeatures {
  static final int MAX_WORD_CHARS = 40;
  static final int MIN_WORD_CHARS = 2;
  static final int MIN_HASH_BITS = 10;
  static final int MAX_HASH_BITS = 24;

  /** Seeds that keep the kinds of feature apart in the hashed slots. */
  private static final int STEM = 0x2c1b3c;

  private static final int TITLE_STEM = 0x1b8735;
  private static final int SYMBOL = 0x45d9f3;

  /** A sparse feature vector: ascending distinct slot indices and their values. */
  record Vector(int[] indices, float[] values) {
    static final Vector EMPTY = new Vector(new int[0], new float[0]);

    boolean isEmpty() {
      return indices.length == 0;
    }
  }

  private final int hashBits;
  private final int maxBodyChars;
  private final CategoryLightStemmer stemmer = new CategoryLightStemmer();

  CategoryFeatures(int hashBits, int maxBodyChars) {
    if (hashBits < MIN_HASH_BITS || hashBits > MAX_HASH_BITS) {
      throw new IllegalArgumentException(
          "hash bits must be in [" + MIN_HASH_BITS + ", " + MAX_HASH_BITS + "], was " + hashBits);
    }
    if (maxBodyChars <= 0) {
      throw new IllegalArgumentException("max body chars must be positive, was " + maxBodyChars);
    }
    this.hashBits = hashBits;
    this.maxBodyChars = maxBodyChars;
  }

  int hashBits() {
    return hashBits;
  }

  int maxBodyChars() {
    return maxBodyChars;
  }

  /** The number of slots, {@code 2^hashBits}. */
  int dimension() {
    return 1 << hashBits;
  }

  /**
   * The features of an article; empty when title and body hold no word with a letter. A null title
   * or body reads as empty.
   */
  Vector vector(String title, String body) {
    Slots slots = new Slots();
    boolean letters = add(title == null ? "" : title, true, slots);
    String b = body == null ? "" : body;
    letters |= add(b.length() > maxBodyChars ? cut(b, maxBodyChars) : b, false, slots);
    return letters ? slots.vector() : Vector.EMPTY;
  }

  /** Adds the features of one text; returns whether it held a word with a letter. */
  private boolean add(String text, boolean title, Slots slots) {
    String s = ArabicNormalizer.standard().normalize(text);
    boolean letters = false;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      if (!Character.isLetterOrDigit(cp)) {
        if (!Character.isWhitespace(cp)) {
          slots.add(slot(SYMBOL, cp));
        }
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean letter = false;
      while (i < s.length() && Character.isLetterOrDigit(cp = s.codePointAt(i))) {
        letter |= Character.isLetter(cp);
        i += Character.charCount(cp);
      }
      int length = i - start;
      if (length < MIN_WORD_CHARS || length > MAX_WORD_CHARS) {
        continue;
      }
      letters |= letter;
      int stem =
          letter
              ? stemmer.stem(s.substring(start, i).toLowerCase(Locale.ROOT)).hashCode()
              : Math.min(length, 5);
      slots.add(slot(STEM, stem));
      if (title) {
        slots.add(slot(TITLE_STEM, stem));
      }
    }
    return letters;
  }

  /** The slot of a feature: its kind's seed and its hash, mixed, cut to {@code hashBits} bits. */
  private int slot(int kind, int hash) {
    return mix(kind * 0x9e3779b1 ^ hash) >>> (32 - hashBits);
  }

  /** MurmurHash3's 32-bit finalizer: spreads String.hashCode's bits over the whole int. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** {@code text} cut at {@code limit} chars without splitting a surrogate pair. */
  private static String cut(String text, int limit) {
    int end = Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
    return text.substring(0, end);
  }

  /** The slots hit, with repeats, turned into a weighted vector at the end. */
  private static final class Slots {
    private int[] hits = new int[256];
    private int size;

    void add(int slot) {
      if (size == hits.length) {
        hits = Arrays.copyOf(hits, size * 2);
      }
      hits[size++] = slot;
    }

    Vector vector() {
      Arrays.sort(hits, 0, size);
      int[] indices = new int[size];
      float[] values = new float[size];
      int distinct = 0;
      double norm = 0;
      for (int i = 0; i < size; ) {
        int j = i;
        while (j < size && hits[j] == hits[i]) {
          j++;
        }
        float value = (float) (1 + StrictMath.log(j - i));
        indices[distinct] = hits[i];
        values[distinct++] = value;
        norm += value * value;
        i = j;
      }
      float scale = (float) (1 / Math.sqrt(norm));
      for (int k = 0; k < distinct; k++) {
        values[k] *= scale;
      }
      return new Vector(Arrays.copyOf(indices, distinct), Arrays.copyOf(values, distinct));
    }
  }
}
