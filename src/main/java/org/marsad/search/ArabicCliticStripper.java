package org.marsad.search;

/**
 * Removes Arabic proclitics (conjunctions, prepositions, the article) from a normalized token, for
 * search recall. Operates in place on a char buffer, like Lucene's ArabicStemmer.
 *
 * <p>Input is normalized text ({@code أ} already {@code ا}). In order:
 *
 * <ol>
 *   <li>The article with what may precede it, longest first: {@code [و|ف]?[ب|ك]?ال} ({@code ال،
 *       وال، فال، بال، كال، وبال، فبال، وكال، فكال}) and {@code [و|ف]?لل} ({@code لل، ولل، فلل}: لِ
 *       + ال with the alef dropped), when at least 2 letters remain ({@code الحق} and {@code والحق}
 *       to {@code حق}; {@code بالغ} stays). The same bound for every form keeps a word with and
 *       without its conjunction at one stem; the cost is a few false matches on words whose root
 *       starts with {@code ال} ({@code والده} to {@code ده}).
 *   <li>Then the conjunction {@code و}, repeatedly, while at least 3 letters remain ({@code ومصر}
 *       to {@code مصر}). Applied after the article too, so that {@code الوزير}, {@code وزير} and
 *       {@code والوزير} meet at one stem ({@code زير}): the cost of a light stemmer, acceptable
 *       because stems are never used as keys.
 * </ol>
 *
 * <p>Not stripped: a bare {@code ب ل ك ف} without the article, because too many names start with
 * them ({@code بريطانيا، لبنان، كندا، فلسطين}); {@code بمصر} therefore does not meet {@code مصر}.
 */
final class ArabicCliticStripper {
  private static final char ALEF = '\u0627';
  private static final char LAM = '\u0644';
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final char BEH = '\u0628';
  private static final char KAF = '\u0643';

  /** Letters that must remain after removing an article form. */
  static final int MIN_AFTER_ARTICLE = 2;

  /** Letters that must remain after removing the conjunction {@code و}. */
  static final int MIN_AFTER_WAW = 3;

  /** Strips {@code buffer[0, length)} in place and returns the new length. */
  int strip(char[] buffer, int length) {
    int start = articleEnd(buffer, length);
    while (length - start > MIN_AFTER_WAW && buffer[start] == WAW) {
      start++;
    }
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, length - start);
    }
    return length - start;
  }

  /** The length of the article prefix to remove, or 0. */
  private static int articleEnd(char[] s, int length) {
    int i = 0;
    if (i < length && (s[i] == WAW || s[i] == FEH)) {
      i++;
    }
    boolean preposition = i < length && (s[i] == BEH || s[i] == KAF);
    int p = preposition ? i + 1 : i;
    int article = 0;
    if (p + 1 < length && s[p] == ALEF && s[p + 1] == LAM) {
      article = p + 2;
    } else if (!preposition && p + 1 < length && s[p] == LAM && s[p + 1] == LAM) {
      article = p + 2;
    }
    return article > 0 && length - article >= MIN_AFTER_ARTICLE ? article : 0;
  }
}
