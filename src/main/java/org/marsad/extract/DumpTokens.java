package org.marsad.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Word-level measures of dump lines: counts, ends, and topic words for overlap. */
final class DumpTokens {
  private static final List<String> TOPIC_PREFIXES =
      List.of("وال", "بال", "فال", "كال", "لل", "ال", "و").stream().map(MatchText::key).toList();
  private static final int MIN_TOPIC_WORD = 3;

  private DumpTokens() {}

  static int words(String s) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    return n;
  }

  /** The last non-space char, or 0 for a blank string. */
  static char lastChar(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return 0;
  }

  /** Letter runs of a normalized lower-cased text. */
  static List<String> letterRuns(String low) {
    List<String> runs = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= low.length(); i++) {
      boolean letter = i < low.length() && Character.isLetter(low.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        runs.add(low.substring(start, i));
        start = -1;
      }
    }
    return runs;
  }

  /** Topic words of a text: clitic-stripped, without short and function words. */
  static Set<String> topicWords(String text) {
    Set<String> words = new HashSet<>();
    for (String run : letterRuns(MatchText.key(text))) {
      String stem = topicStem(run);
      if (stem != null) {
        words.add(stem);
      }
    }
    return words;
  }

  /**
   * The topic stem of one letter run of normalized text (its first clitic prefix removed), or null
   * for a function word or a stem shorter than three letters.
   */
  static String topicStem(String run) {
    if (DumpWords.FUNCTION_WORDS.contains(run)) {
      return null;
    }
    String stem = run;
    for (String prefix : TOPIC_PREFIXES) {
      if (stem.startsWith(prefix) && stem.length() - prefix.length() >= MIN_TOPIC_WORD) {
        stem = stem.substring(prefix.length());
        break;
      }
    }
    return stem.length() >= MIN_TOPIC_WORD ? stem : null;
  }

  /** The share of {@code title}'s topic words that {@code text} also has (0 when none). */
  static double coverage(Set<String> title, Set<String> text) {
    if (title.isEmpty()) {
      return 0;
    }
    int hit = 0;
    for (String w : title) {
      if (text.contains(w)) {
        hit++;
      }
    }
    return (double) hit / title.size();
  }
}
