package org.marsad.extract;

import java.util.List;

/**
 * Picks the article out of the lines a dump's body collected: the densest run of prose. A crawled
 * page's text keeps its menus, section lists, "most read" boxes and footer links as short lines
 * around the article, and nothing labels them; what tells the article apart is that it is written
 * in sentences, line after line.
 *
 * <p>Each line weighs: a prose line ({@link #prose}) counts its words, any other line costs {@link
 * #SHORT_LINE_COST}. The body is the run of lines with the greatest total (maximum-sum subarray,
 * one pass), so short lines at either end fall away while a subheading or a short box between
 * paragraphs stays when enough prose follows it.
 */
final class DumpBodyRegion {
  /**
   * Words from which a line without closing punctuation is prose: longer than headlines, menu items
   * and link texts, which rarely pass 15 words in Arabic or English.
   */
  static final int PROSE_WORDS = 16;

  /** Words a sentence closed by a full stop needs to count as prose ("Read more." does not). */
  static final int SENTENCE_WORDS = 5;

  /**
   * What a short line costs: enough that a run of menu items outweighs a short prose line beside
   * it, little enough that a subheading between two paragraphs does not split the article.
   */
  static final int SHORT_LINE_COST = 12;

  /**
   * A full stop: headlines and teasers end with a question or exclamation mark as often as prose.
   */
  private static final String SENTENCE_ENDS = ".\u06D4";

  private static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB)";

  private DumpBodyRegion() {}

  /**
   * Whether a line reads as running text rather than a menu item, headline or label: long, a
   * sentence with its full stop, or opening as a story carries on ("وأضاف …"), which no menu does.
   */
  static boolean prose(String line) {
    int words = DumpTokens.words(line);
    return words >= PROSE_WORDS
        || words >= SENTENCE_WORDS && closesSentence(line)
        || DumpLineClassifier.opensLikeContinuation(line);
  }

  /**
   * The densest run of prose among {@code lines} (a view of it), or all of them if none is.
   *
   * @param datesBefore per line, the date lines of the page between it and the one before, each of
   *     which costs as a short line does: an article is dated once, above it, and dates between
   *     texts are readers' comments or a list of other articles
   */
  static List<String> select(List<String> lines, List<Integer> datesBefore) {
    int bestStart = 0;
    int bestEnd = lines.size();
    long best = 0;
    long sum = 0;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      sum -= (long) SHORT_LINE_COST * datesBefore.get(i);
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += prose(line) ? DumpTokens.words(line) : -SHORT_LINE_COST;
      if (sum <= 0) {
        sum = 0;
        start = i + 1;
      } else if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i + 1;
      }
    }
    return lines.subList(bestStart, bestEnd);
  }

  /** A full stop at the end, before any closing quotes. */
  private static boolean closesSentence(String line) {
    int end = line.length();
    while (end > 0
        && (Character.isWhitespace(line.charAt(end - 1))
            || CLOSING_QUOTES.indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > 0 && SENTENCE_ENDS.indexOf(line.charAt(end - 1)) >= 0;
  }
}
