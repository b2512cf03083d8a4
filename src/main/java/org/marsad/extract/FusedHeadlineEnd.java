package org.marsad.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * Finds where a read-also headline ends when careless scraping glued it to the article text that
 * follows, as in "ارتفاع أسعار النفط إلى أعلى مستوى منذ 2014وأضاف الوزير".
 *
 * <p>The headline ends at the first of these cues, at least {@link #MIN_HEADLINE_CHARS} into it:
 *
 * <ol>
 *   <li>sentence punctuation ({@code . ! ? ؟ ؛}), except a dot between digits and dot runs ("..",
 *       which headlines use as a dash);
 *   <li>a digit, Latin letter or closing quote glued to an Arabic letter ("2014وأضاف"), except the
 *       year suffixes م and هـ;
 *   <li>a sentence-opening word ({@link DumpWords#SENTENCE_STARTERS}: وقال، وأضاف، وكان، من جهته …)
 *       after a space, or glued to the previous word when it is long enough not to be a word
 *       ending;
 *   <li>a digit glued after an Arabic word ("فولغوغراد1-");
 *   <li>a word glued to the previous one that starts with و and is, with or without its و, a word
 *       of the page ("ميراثهوهذه" when the page elsewhere has "هذه" or "وهذه");
 *   <li>a letter glued after one that only ends words: ة, ى, tanween ("قضائيةأما").
 * </ol>
 *
 * Before the first cue, {@link GluedWordJoin} may find an earlier lost space ("الممتازوتظهر") whose
 * following text repeats the page's words. Without a cue, a rest of at most {@link
 * #MAX_HEADLINE_CHARS} is all headline; a longer rest is cut after {@link #FALLBACK_WORDS} words
 * and the cut is flagged as a guess. Limits: a headline that itself holds a starter ("... وقال
 * ...") is cut short; a join to a sentence that opens with an unlisted word not led by و or ف
 * ("الانتخاباتقضى") is found only by the next stop or the fallback.
 */
final class FusedHeadlineEnd {
  static final int MIN_HEADLINE_CHARS = 8;
  static final int MAX_HEADLINE_CHARS = 220;
  static final int FALLBACK_WORDS = 12;
  private static final int MIN_PAGE_WORD = 3;
  private static final int MIN_GLUED_WORD = 4;
  private static final int MIN_WORD_BEFORE_GLUE = 3;
  private static final char WAW = '\u0648';
  private static final char MEEM = '\u0645';
  private static final char HEH = '\u0647';
  private static final String DEFINITE_ARTICLE = "\u0627\u0644";
  private static final char TEH_MARBUTA = '\u0629';
  private static final char ALEF_MAKSURA = '\u0649';
  private static final char FATHATAN = '\u064B';
  private static final char DAMMATAN = '\u064C';
  private static final char KASRATAN = '\u064D';
  private static final char ALEF = '\u0627';

  /**
   * Where the headline ends and the article text resumes, as indexes into {@code text.low()}.
   *
   * @param titleEnd exclusive end of the headline
   * @param resumeAt where the following text starts (after punctuation that closed the headline)
   * @param guessed true when no cue was found and the fallback cut was used
   */
  record Cut(int titleEnd, int resumeAt, boolean guessed) {}

  private final Set<String> pageWords;
  private final GluedWordJoin gluedJoin;

  /**
   * @param pageWords normalized tokens of the whole page, for the glued-word cue
   * @param gluedJoin finds a lost space between the headline and the next sentence
   */
  FusedHeadlineEnd(Set<String> pageWords, GluedWordJoin gluedJoin) {
    this.pageWords = pageWords;
    this.gluedJoin = gluedJoin;
  }

  /** A finder whose glued-word cue knows the words of {@code pageText}. */
  static FusedHeadlineEnd forPage(String pageText) {
    String pageLow = MatchText.key(pageText);
    Set<String> words = new HashSet<>();
    for (String run : DumpTokens.letterRuns(pageLow)) {
      if (run.length() >= MIN_PAGE_WORD) {
        words.add(run);
      }
    }
    return new FusedHeadlineEnd(words, GluedWordJoin.forPage(pageLow));
  }

  /**
   * Where the headline that starts at {@code start} ends: the first cue, or an earlier lost space
   * that {@link GluedWordJoin} finds before it. A short rest that runs to {@code limit} without a
   * cue is taken whole: text glued after a headline is a sentence and ends with its stop, while a
   * headline alone on its line ("اقرأ أيضا: …" then a line break) has none.
   */
  Cut find(MatchText text, int start, int limit) {
    Cut cut = firstCue(text, start, limit);
    if (cut.titleEnd() >= limit && !cut.guessed()) {
      return cut;
    }
    int join = gluedJoin.find(text.low(), start, start + MIN_HEADLINE_CHARS, cut.titleEnd(), limit);
    return join < 0 ? cut : new Cut(join, join, false);
  }

  private Cut firstCue(MatchText text, int start, int limit) {
    String low = text.low();
    int scanEnd = Math.min(limit, start + MAX_HEADLINE_CHARS + 1);
    int quotes = low.charAt(start) == '"' ? 1 : 0;
    for (int i = start + 1; i < scanEnd; i++) {
      boolean farEnough = i - start >= MIN_HEADLINE_CHARS;
      char c = low.charAt(i);
      if (farEnough && isSentenceEnd(low, i)) {
        int resume = i + 1;
        while (resume < limit && isSentenceEnd(low, resume)) {
          resume++;
        }
        return new Cut(c == '.' ? i : resume, resume, false);
      }
      if (c == '"') {
        quotes++;
      }
      if (farEnough
          && (gluedAfterNonArabic(low, i, quotes)
              || digitGluedToWord(low, i)
              || startsSentence(low, i, limit))) {
        return new Cut(i, i, false);
      }
      if (farEnough && (afterWordFinalLetter(text, i) || startsKnownGluedWord(low, i))) {
        return new Cut(i, i, false);
      }
    }
    if (limit - start <= MAX_HEADLINE_CHARS) {
      return new Cut(limit, limit, false);
    }
    int end = afterWords(low, start, limit, FALLBACK_WORDS);
    return new Cut(end, end, true);
  }

  private static boolean isSentenceEnd(String low, int i) {
    char c = low.charAt(i);
    return switch (c) {
      case '!', '?', '\u061F', '\u061B', ';' -> true;
      case '.' -> !betweenDigits(low, i) && !isDotRun(low, i);
      default -> false;
    };
  }

  private static boolean betweenDigits(String low, int i) {
    return i > 0
        && i + 1 < low.length()
        && Character.isDigit(low.charAt(i - 1))
        && Character.isDigit(low.charAt(i + 1));
  }

  /** "..", "…": headlines use dot runs as a dash ("زيدان يعود.. ويبدي احترامه"). */
  private static boolean isDotRun(String low, int i) {
    return i > 0 && low.charAt(i - 1) == '.' || i + 1 < low.length() && low.charAt(i + 1) == '.';
  }

  /**
   * An Arabic letter right after a digit, a Latin letter or a closing bracket or quote; an ASCII
   * quote closes when an even number of quotes precede it in the headline ({@code quotes} counts
   * them, this one included).
   */
  private static boolean gluedAfterNonArabic(String low, int i, int quotes) {
    char prev = low.charAt(i - 1);
    char c = low.charAt(i);
    if (!isArabicLetter(c)) {
      return false;
    }
    boolean prevOther =
        Character.isDigit(prev)
            || (Character.isLetter(prev) && !isArabicLetter(prev))
            || prev == ')'
            || prev == '\u00BB'
            || prev == '"' && quotes % 2 == 0
            || prev == '\u201D';
    if (!prevOther) {
      return false;
    }
    boolean yearSuffix =
        Character.isDigit(prev)
            && (c == MEEM || c == HEH)
            && (i + 1 == low.length() || !Character.isLetter(low.charAt(i + 1)));
    return !yearSuffix;
  }

  /**
   * A digit glued after an Arabic word of three letters or more ("فولغوغراد1- …"), which does not
   * happen inside a headline; "الـ20" and "بـ5" are left alone.
   */
  private static boolean digitGluedToWord(String low, int i) {
    if (!Character.isDigit(low.charAt(i)) || !isArabicLetter(low.charAt(i - 1))) {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(low.charAt(wordStart - 1))) {
      wordStart--;
    }
    return i - wordStart >= MIN_WORD_BEFORE_GLUE && !low.startsWith(DEFINITE_ARTICLE, i - 2);
  }

  private static boolean startsSentence(String low, int i, int limit) {
    char prev = low.charAt(i - 1);
    boolean spaced = Character.isWhitespace(prev);
    boolean glued = Character.isLetter(prev);
    if (!spaced && !glued) {
      return false;
    }
    for (String starter : DumpWords.SENTENCE_STARTERS) {
      int end = i + starter.length();
      if (end <= limit
          && low.startsWith(starter, i)
          && (end == low.length() || !Character.isLetter(low.charAt(end)))
          && (spaced || starter.length() >= DumpWords.MIN_GLUED_STARTER)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An Arabic letter right after a letter that only ends words: ة, ى or a letter with tanween
   * ("قضائيةأما", "يتلاشىوأغضب", "قريباًوفاة"). These are read in the original text, since
   * normalization folds ة into ه and ى into ي and drops tanween.
   */
  private static boolean afterWordFinalLetter(MatchText text, int i) {
    String low = text.low();
    if (!isArabicLetter(low.charAt(i)) || !isArabicLetter(low.charAt(i - 1))) {
      return false;
    }
    String last = text.originalSlice(i - 1, i);
    if (endsWord(last)) {
      return true;
    }
    return low.charAt(i - 1) == ALEF
        && i >= 2
        && text.originalSlice(i - 2, i - 1).indexOf(FATHATAN) >= 0;
  }

  private static boolean endsWord(String letterWithMarks) {
    for (int k = 0; k < letterWithMarks.length(); k++) {
      char c = letterWithMarks.charAt(k);
      if (c == TEH_MARBUTA
          || c == ALEF_MAKSURA
          || c == FATHATAN
          || c == DAMMATAN
          || c == KASRATAN) {
        return true;
      }
    }
    return false;
  }

  private boolean startsKnownGluedWord(String low, int i) {
    if (low.charAt(i) != WAW || !isArabicLetter(low.charAt(i - 1))) {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(low.charAt(wordStart - 1))) {
      wordStart--;
    }
    int wordEnd = i;
    while (wordEnd < low.length() && Character.isLetter(low.charAt(wordEnd))) {
      wordEnd++;
    }
    String left = low.substring(wordStart, i);
    String right = low.substring(i, wordEnd);
    return right.length() >= MIN_GLUED_WORD
        && left.length() >= MIN_WORD_BEFORE_GLUE
        && !left.endsWith(DEFINITE_ARTICLE)
        && (pageWords.contains(right) || pageWords.contains(right.substring(1)));
  }

  private static int afterWords(String low, int start, int limit, int words) {
    int seen = 0;
    boolean inWord = false;
    for (int i = start; i < limit; i++) {
      boolean space = Character.isWhitespace(low.charAt(i));
      if (space && inWord && ++seen == words) {
        return i;
      }
      inWord = !space;
    }
    return limit;
  }

  static boolean isArabicLetter(char c) {
    return Character.isLetter(c) && Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC;
  }
}
