package org.marsad.enrich;

/**
 * Proclitic forms of a normalized Arabic token, as features: the same name written {@code القاهرة،
 * بالقاهرة، والقاهرة، للقاهرة} shares one {@link #withoutArticle} form ({@code قاهره}).
 *
 * <p>{@link #withoutArticle}: removes {@code [و|ف]?[ب|ك]?ال} or {@code [و|ف]?لل} when at least two
 * letters remain ({@code والأردن} normalized {@code والاردن} to {@code اردن}). {@link #bare}: that
 * form without one more leading {@code و ب ل ك ف} when at least three letters remain ({@code ومصر}
 * to {@code مصر}); wrong for names that start with those letters ({@code بغداد} to {@code غداد}),
 * which is why the recognizer uses it beside the full form, never instead of it.
 */
final class NerClitics {
  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';

  private NerClitics() {}

  static String withoutArticle(String s) {
    int end = articleEnd(s);
    return end == 0 ? s : s.substring(end);
  }

  static String bare(String withoutArticle) {
    if (withoutArticle.length() > 3 && isSingleClitic(withoutArticle.charAt(0))) {
      return withoutArticle.substring(1);
    }
    return withoutArticle;
  }

  private static boolean isSingleClitic(char c) {
    return c == WAW || c == BEH || c == LAM || c == KAF || c == FEH;
  }

  /** The length of the article form that starts {@code s}, or 0. */
  static int articleEnd(String s) {
    int length = s.length();
    int i = 0;
    if (i < length && (s.charAt(i) == WAW || s.charAt(i) == FEH)) {
      i++;
    }
    boolean preposition = i < length && (s.charAt(i) == BEH || s.charAt(i) == KAF);
    int p = preposition ? i + 1 : i;
    int article = 0;
    if (p + 1 < length && s.charAt(p) == ALEF && s.charAt(p + 1) == LAM) {
      article = p + 2;
    } else if (!preposition && p + 1 < length && s.charAt(p) == LAM && s.charAt(p + 1) == LAM) {
      article = p + 2;
    }
    return article > 0 && length - article >= 2 ? article : 0;
  }
}
