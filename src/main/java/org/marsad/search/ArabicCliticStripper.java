package org.marsad.search;

import java.nio.CharBuffer;
import org.marsad.text.ArabicArticle;

/**
 * Finds Arabic proclitics (conjunctions, prepositions, the article) on a normalized token, for
 * search recall. Operates in place on a char buffer, like Lucene's ArabicStemmer. Input is
 * normalized text ({@code أ} already {@code ا}).
 *
 * <p>{@link #stripArticle}: the article with what may precede it, longest first: {@code
 * [و|ف]?[ب|ك]?ال} ({@code ال، وال، فال، بال، كال، وبال، فبال، وكال، فكال}) and {@code [و|ف]?لل}
 * ({@code لل، ولل، فلل}: لِ + ال with the alef dropped), when at least {@value #MIN_AFTER_ARTICLE}
 * letters remain ({@code الحق} and {@code والحق} to {@code حق}; {@code بالغ} stays). The same bound
 * for every form keeps a word with and without its conjunction at one stem; the cost is a few false
 * matches on words whose root starts with {@code ال} ({@code والده} to {@code ده}).
 *
 * <p>{@link #startsWithConjunctionWaw}: a leading {@code و} with at least {@value #MIN_AFTER_WAW}
 * letters after it. Whether it is the conjunction ({@code ومصر}) or a root letter ({@code وزير}) is
 * not knowable without a lexicon, so the caller keeps both readings rather than removing it.
 *
 * <p>Never removed: a bare {@code ب ل ك ف} without the article, because too many names start with
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
  static final int MIN_AFTER_ARTICLE = ArabicArticle.MIN_AFTER;

  /** Letters that must follow a leading {@code و} for it to count as a conjunction. */
  static final int MIN_AFTER_WAW = 3;

  /** Removes the article form that starts {@code s[0, length)} and returns the new length. */
  int stripArticle(char[] s, int length) {
    int end = ArabicArticle.length(CharBuffer.wrap(s, 0, length), 0, length);
    if (end > 0) {
      System.arraycopy(s, end, s, 0, length - end);
    }
    return length - end;
  }

  /** Whether {@code s[0, length)} may start with the conjunction {@code و}. */
  boolean startsWithConjunctionWaw(char[] s, int length) {
    return length > MIN_AFTER_WAW && s[0] == WAW;
  }
}
