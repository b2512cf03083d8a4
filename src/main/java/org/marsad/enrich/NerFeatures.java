package org.marsad.enrich;

import java.util.Arrays;
import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * The features of each token of a sentence, as {@link FeatureHash} values: the word as written, its
 * normalized and clitic-stripped forms ({@link NerClitics}), prefixes and suffixes of one to four
 * letters, the two words before and after (normalized and stripped) and the neighbouring word
 * pairs, the word shape (Arabic, Latin, digits, punctuation), trigger words before and on the token
 * ({@link NerTriggers}), and the position of the token in gazetteer matches ({@link NerGazetteer})
 * on it and its neighbours. Transitions between tags are the model's, not features.
 *
 * <p>Words longer than {@value #MAX_CHARS} chars are cut to that length for features, so a
 * 10,000-letter token costs what a long word costs. Stateless and thread-safe.
 */
final class NerFeatures {
  /** Chars of a word that features read. */
  static final int MAX_CHARS = 32;

  /** The format of the features, stored in the model: a model of another version is refused. */
  static final int VERSION = 1;

  private static final String BOUNDARY = "<s>";

  private final NerGazetteer gazetteer;
  private final NerWordClusters clusters;

  NerFeatures(NerGazetteer gazetteer, NerWordClusters clusters) {
    this.gazetteer = gazetteer;
    this.clusters = clusters;
  }

  NerWordClusters clusters() {
    return clusters;
  }

  NerGazetteer gazetteer() {
    return gazetteer;
  }

  /** The lookup key of a word for gazetteers and triggers: normalized, article removed. */
  static String key(String word) {
    return NerClitics.withoutArticle(normalize(word));
  }

  static String normalize(String word) {
    String capped = word.length() > MAX_CHARS ? word.substring(0, MAX_CHARS) : word;
    return ArabicNormalizer.standard().normalize(capped).toLowerCase(Locale.ROOT);
  }

  /** The features of every token of {@code words}, one array per token. */
  long[][] extract(String[] words) {
    return extract(words, gazetteer);
  }

  static String[] keys(String[] words) {
    String[] keys = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      keys[i] = key(words[i]);
    }
    return keys;
  }

  /**
   * As {@link #extract(String[])} with the gazetteer {@code lists} instead of the model's (training
   * features each sentence with lists learned without it).
   */
  long[][] extract(String[] words, NerGazetteer lists) {
    int n = words.length;
    String[] raw = new String[n];
    String[] norm = new String[n];
    String[] art = new String[n];
    String[] bare = new String[n];
    String[] shape = new String[n];
    int[] trigger = new int[n];
    int[] cluster = new int[n];
    for (int i = 0; i < n; i++) {
      raw[i] = words[i].length() > MAX_CHARS ? words[i].substring(0, MAX_CHARS) : words[i];
      norm[i] = normalize(raw[i]);
      art[i] = NerClitics.withoutArticle(norm[i]);
      bare[i] = NerClitics.bare(art[i]);
      shape[i] = shape(raw[i]);
      NerTriggers.Kind kind = NerTriggers.of(art[i]);
      trigger[i] = kind == null ? -1 : kind.ordinal();
      cluster[i] = clusters.of(art[i]);
    }
    int[] gazetteerMarks = lists.match(art);
    long[][] features = new long[n][];
    long[] buffer = new long[128];
    for (int i = 0; i < n; i++) {
      int f = 0;
      buffer[f++] = FeatureHash.of(0);
      buffer[f++] = FeatureHash.of(1, raw[i]);
      buffer[f++] = FeatureHash.of(2, norm[i]);
      buffer[f++] = FeatureHash.of(3, art[i]);
      buffer[f++] = FeatureHash.of(4, bare[i]);
      String w = norm[i];
      for (int k = 1; k <= 4 && k <= w.length(); k++) {
        buffer[f++] = FeatureHash.affix(10 + k, w, k, false);
        buffer[f++] = FeatureHash.affix(20 + k, w, k, true);
      }
      String a = art[i];
      for (int k = 1; k <= 3 && k <= a.length(); k++) {
        buffer[f++] = FeatureHash.affix(30 + k, a, k, false);
      }
      buffer[f++] = FeatureHash.of(5, norm[i].substring(0, norm[i].length() - art[i].length()));
      buffer[f++] = FeatureHash.of(6, shape[i]);
      buffer[f++] = FeatureHash.of(7, Math.min(norm[i].length(), 12));
      buffer[f++] = FeatureHash.of(40, at(norm, i - 1));
      buffer[f++] = FeatureHash.of(41, at(norm, i - 2));
      buffer[f++] = FeatureHash.of(42, at(norm, i + 1));
      buffer[f++] = FeatureHash.of(43, at(norm, i + 2));
      buffer[f++] = FeatureHash.of(44, at(art, i - 1));
      buffer[f++] = FeatureHash.of(45, at(art, i + 1));
      buffer[f++] = FeatureHash.of(46, at(bare, i - 1));
      buffer[f++] = FeatureHash.of(47, at(bare, i + 1));
      buffer[f++] = FeatureHash.of(48, at(art, i - 1), art[i]);
      buffer[f++] = FeatureHash.of(49, art[i], at(art, i + 1));
      buffer[f++] = FeatureHash.of(50, at(art, i - 2), at(art, i - 1));
      buffer[f++] = FeatureHash.of(51, at(shape, i - 1), shape[i], at(shape, i + 1));
      buffer[f++] = FeatureHash.of(60, triggerAt(trigger, i - 1));
      buffer[f++] = FeatureHash.of(61, triggerAt(trigger, i - 2));
      buffer[f++] = FeatureHash.of(62, trigger[i]);
      buffer[f++] = FeatureHash.of(63, triggerAt(trigger, i + 1));
      buffer[f++] = FeatureHash.of(80, cluster[i]);
      buffer[f++] = FeatureHash.of(81, at(cluster, i - 1));
      buffer[f++] = FeatureHash.of(82, at(cluster, i + 1));
      f = gazetteerFeatures(buffer, f, 70, gazetteerMarks[i]);
      f = gazetteerFeatures(buffer, f, 71, i > 0 ? gazetteerMarks[i - 1] : 0);
      f = gazetteerFeatures(buffer, f, 72, i + 1 < n ? gazetteerMarks[i + 1] : 0);
      features[i] = Arrays.copyOf(buffer, f);
    }
    return features;
  }

  private static int gazetteerFeatures(long[] buffer, int f, int template, int marks) {
    for (int bit = 0; marks != 0 && bit < 2 * NerGazetteer.MAX_LISTS; bit++) {
      if ((marks & (1 << bit)) != 0) {
        buffer[f++] = FeatureHash.of(template, bit);
        marks &= ~(1 << bit);
      }
    }
    return f;
  }

  private static String at(String[] values, int i) {
    return i >= 0 && i < values.length ? values[i] : BOUNDARY;
  }

  private static int at(int[] values, int i) {
    return i >= 0 && i < values.length ? values[i] : -2;
  }

  private static int triggerAt(int[] trigger, int i) {
    return i >= 0 && i < trigger.length ? trigger[i] : -2;
  }

  /**
   * The word's shape: one letter per run of Arabic letters ({@code a}), Latin capitals ({@code X})
   * or small letters ({@code x}), digits ({@code d}) and other chars ({@code p}); {@code "UN"} is
   * {@code X}, {@code "و6"} is {@code ad}.
   */
  static String shape(String word) {
    StringBuilder s = new StringBuilder(4);
    char last = 0;
    for (int i = 0; i < word.length() && s.length() < 6; i++) {
      char c = word.charAt(i);
      char kind;
      if (c >= '\u0600' && c <= '\u06FF' || c >= '\u0750' && c <= '\u08FF') {
        kind = Character.isDigit(c) ? 'd' : 'a';
      } else if (Character.isDigit(c)) {
        kind = 'd';
      } else if (Character.isUpperCase(c)) {
        kind = 'X';
      } else if (Character.isLetter(c)) {
        kind = 'x';
      } else {
        kind = 'p';
      }
      if (kind != last) {
        s.append(kind);
        last = kind;
      }
    }
    return s.toString();
  }
}
