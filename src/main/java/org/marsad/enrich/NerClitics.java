package org.marsad.enrich;

import org.marsad.text.ArabicArticle;

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
    int end = ArabicArticle.length(s, 0, s.length());
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
}
