package org.marsad.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a read-also headline ran into the article's next sentence when nothing but a lost
 * space marks the join, as in "…بالدوري الإنجليزي الممتازوتظهر هذه الأرقام انتعاش القطاع…".
 *
 * <p>Two cues must agree. The word: a letter run that splits into a plausible word end and a
 * plausible word start — the right part a closed-class sentence opener ("كما", "غير", "بينما") or a
 * word led by the conjunction و or ف ("وتظهر", "ففي"), the left part at least {@link
 * #MIN_LEFT_LETTERS} letters not ending in the article "ال". The topic: the headline belongs to
 * another article, so its words are rare elsewhere on the page, while the text after the join
 * continues the main article and repeats its words. A split is taken when the share of words after
 * it that recur on the page exceeds the share before it by at least {@link #MIN_TOPIC_SHIFT}; the
 * split with the largest shift wins.
 *
 * <p>Within one run the split that leaves the longer shorter side is preferred ("الأصوات|وبموازاة"
 * over "الأصواتوبم|وازاة"), and no right part starts with "وو" ("الفيديو|واعتبرت").
 */
final class GluedWordJoin {
  static final double MIN_TOPIC_SHIFT = 0.2;
  static final int MIN_LEFT_LETTERS = 3;
  static final int MIN_RIGHT_LETTERS = 3;
  static final int WORDS_AFTER = 12;
  private static final int MIN_WORDS_AFTER = 2;
  private static final char WAW = '\u0648';
  private static final char FEH = '\u0641';
  private static final String DEFINITE_ARTICLE = "\u0627\u0644";
  private static final List<String> CLITIC_PREFIXES =
      List.of("وبال", "وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل").stream()
          .map(MatchText::key)
          .toList();

  /**
   * Closed-class words that open a sentence and do not end longer words once the left part keeps
   * {@link #MIN_LEFT_LETTERS} letters ("قضائيةأما", "بالعصاكذلك", "علمهمغير أن").
   */
  static final List<String> OPENERS =
      List.of("كما", "كذلك", "أما", "لكن", "غير", "بينما", "هذا", "هذه", "إلا", "حيث").stream()
          .map(MatchText::key)
          .toList();

  /** Particles that open a clause after و or ف ("ومن", "ففي", "ولم"). */
  private static final List<String> PARTICLES_AFTER_CONJUNCTION =
      List.of("من", "في", "لم", "لن", "قد", "بعد", "منذ", "مع", "على", "عن", "إن", "أن").stream()
          .map(MatchText::key)
          .toList();

  /**
   * First letters of a word that follows و or ف at a sentence start: imperfect-verb prefixes (ت ي ن
   * أ), past-tense derived forms and the article (ا إ), the future prefix (س) and prepositions (ب ل
   * م), in normalized form.
   */
  private static final String WORD_OPENING_LETTERS =
      MatchText.key("\u062A\u064A\u0646\u0623\u0627\u0625\u0633\u0628\u0644\u0645");

  private final Map<String, Integer> stemCounts;

  private GluedWordJoin(Map<String, Integer> stemCounts) {
    this.stemCounts = stemCounts;
  }

  /** A finder that knows how often each topic stem occurs on the page {@code pageLow}. */
  static GluedWordJoin forPage(String pageLow) {
    Map<String, Integer> counts = new HashMap<>();
    for (String run : DumpTokens.letterRuns(pageLow)) {
      String stem = DumpTokens.topicStem(run);
      if (stem != null) {
        counts.merge(stem, 1, Integer::sum);
      }
    }
    return new GluedWordJoin(counts);
  }

  /**
   * The index in {@code low}, in [minEnd, to), where the article text resumes after a headline that
   * starts at {@code headlineStart}, or -1 when no split is convincing; words up to {@code limit}
   * are read as the text after the join.
   */
  int find(String low, int headlineStart, int minEnd, int to, int limit) {
    int best = -1;
    double bestShift = MIN_TOPIC_SHIFT;
    int i = headlineStart;
    while (i < to) {
      if (!Character.isLetter(low.charAt(i))) {
        i++;
        continue;
      }
      int runEnd = i;
      while (runEnd < low.length() && Character.isLetter(low.charAt(runEnd))) {
        runEnd++;
      }
      int split = splitInRun(low, i, Math.min(runEnd, to), runEnd);
      if (split >= minEnd) {
        double shift =
            recurring(low, split, to, WORDS_AFTER, MIN_WORDS_AFTER)
                - recurring(low, headlineStart, split, Integer.MAX_VALUE, 1);
        if (shift >= bestShift) {
          bestShift = shift;
          best = split;
        }
      }
      i = runEnd;
    }
    return best;
  }

  /** The most plausible split of the letter run [start, runEnd), searched in [start, to). */
  private static int splitInRun(String low, int start, int to, int runEnd) {
    int best = -1;
    int bestShorter = 0;
    for (int s = start + MIN_LEFT_LETTERS; s < to && runEnd - s >= MIN_RIGHT_LETTERS; s++) {
      String left = low.substring(start, s);
      String right = low.substring(s, runEnd);
      if (left.endsWith(DEFINITE_ARTICLE) || withoutClitics(left).length() < MIN_LEFT_LETTERS) {
        continue;
      }
      if (OPENERS.contains(right)) {
        return s;
      }
      int shorter = Math.min(left.length(), right.length());
      if (opensAfterConjunction(right) && shorter > bestShorter) {
        best = s;
        bestShorter = shorter;
      }
    }
    return best;
  }

  /**
   * Whether {@code right} is و or ف before a word that can open a sentence: a listed particle
   * ("ومن", "ففي") or a word of {@link #MIN_RIGHT_LETTERS} letters or more led by a verb prefix, a
   * preposition or the article ("وتظهر", "وأورد", "وبحلول", "والمنتخب"). Rules out the و and ف
   * inside words ("هتا|فات", "إيب|ولا", "الت|وصل").
   */
  private static boolean opensAfterConjunction(String right) {
    char c = right.charAt(0);
    if (c != WAW && c != FEH) {
      return false;
    }
    String word = right.substring(1);
    if (PARTICLES_AFTER_CONJUNCTION.contains(word)) {
      return true;
    }
    return word.length() >= MIN_RIGHT_LETTERS && WORD_OPENING_LETTERS.indexOf(word.charAt(0)) >= 0;
  }

  /** The word without its leading clitics: "والمحكمة" -> "محكمة". */
  private static String withoutClitics(String word) {
    String stem = word;
    for (String prefix : CLITIC_PREFIXES) {
      if (stem.startsWith(prefix)) {
        stem = stem.substring(prefix.length());
        break;
      }
    }
    return stem;
  }

  /**
   * The share of topic words in [from, to) (at most {@code maxWords} of them) whose stem occurs
   * elsewhere on the page; 0 when fewer than {@code minWords}.
   */
  private double recurring(String low, int from, int to, int maxWords, int minWords) {
    int words = 0;
    int recurring = 0;
    for (String run : DumpTokens.letterRuns(low.substring(from, Math.min(to, low.length())))) {
      String stem = DumpTokens.topicStem(run);
      if (stem == null) {
        continue;
      }
      words++;
      recurring += stemCounts.getOrDefault(stem, 0) >= 2 ? 1 : 0;
      if (words == maxWords) {
        break;
      }
    }
    return words < minWords ? 0 : (double) recurring / words;
  }
}
