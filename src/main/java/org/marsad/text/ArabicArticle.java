package org.marsad.text;

/**
 * The Arabic definite article as it is written on a word, with the clitics that attach before it:
 * {@code [و|ف]?[ب|ك]?ال} and {@code [و|ف]?لل}, on normalized text. One rule for every place that
 * compares words without it: search's clitic filter, entity keys, entity recognition features and
 * keywords.
 */
public final class ArabicArticle {
  /** Letters that must remain after the article for it to count as one ({@code الم} stays). */
  public static final int MIN_AFTER = 2;

  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';

  private ArabicArticle() {}

  /**
   * The length of the article form that starts the word {@code s[start, end)}, or 0 when it has
   * none or fewer than {@link #MIN_AFTER} letters would remain.
   */
  public static int length(CharSequence s, int start, int end) {
    int i = start;
    if (i < end && (s.charAt(i) == WAW || s.charAt(i) == FEH)) {
      i++;
    }
    boolean preposition = i < end && (s.charAt(i) == BEH || s.charAt(i) == KAF);
    int p = preposition ? i + 1 : i;
    int article = 0;
    if (p + 1 < end && s.charAt(p) == ALEF && s.charAt(p + 1) == LAM) {
      article = p + 2;
    } else if (!preposition && p + 1 < end && s.charAt(p) == LAM && s.charAt(p + 1) == LAM) {
      article = p + 2;
    }
    return article > 0 && end - article >= MIN_AFTER ? article - start : 0;
  }

  /** {@code word} without its article form. */
  public static String strip(String word) {
    return word.substring(length(word, 0, word.length()));
  }
}
