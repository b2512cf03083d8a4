package org.marsad.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * The longest runs of words two texts share, ranked by how informative they are: the names and
 * phrases ({@code استراتيجية الأمم المتحدة العالمية لمكافحة الإرهاب}) that make two articles
 * related. Matching is on normalized words; a phrase is shown as the first text spells it. A phrase
 * starts and ends with an informative word (function words may sit inside it), stays within one
 * clause of the first text (punctuation ends it), and is at most {@link #MAX_PHRASE_WORDS} words: a
 * name, not a copied paragraph. Phrases overlapping a better one already chosen, or repeating it,
 * are not shown.
 */
final class SharedPhrases {
  static final int MAX_PHRASE_WORDS = 8;

  private final Predicate<String> informative;
  private final Predicate<String> rare;
  private final ToDoubleFunction<String> weight;

  /**
   * @param informative words that count (not function words, not in most documents)
   * @param rare words informative enough to be a reason alone (a name); a phrase otherwise needs
   *     two informative words
   * @param weight how much a word counts when ranking phrases (its IDF)
   */
  SharedPhrases(
      Predicate<String> informative, Predicate<String> rare, ToDoubleFunction<String> weight) {
    this.informative = informative;
    this.rare = rare;
    this.weight = weight;
  }

  private record Phrase(int start, int length, double score) {}

  /**
   * Up to {@code limit} shared phrases, best first, in {@code a}'s original spelling.
   *
   * @param a the words of the first text (its title and body, in order)
   * @param aText the original text the offsets of {@code a} point into
   * @param b the words of the second text
   */
  List<String> find(List<Token> a, String aText, List<Token> b, int limit) {
    Map<String, List<Integer>> positionsInB = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (informative.test(b.get(j).term())) {
        positionsInB.computeIfAbsent(b.get(j).term(), t -> new ArrayList<>()).add(j);
      }
    }
    boolean[] clauseEndsAfter = clauseEnds(a, aText);
    List<Phrase> phrases = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      List<Integer> starts = positionsInB.get(a.get(i).term());
      if (starts == null) {
        continue;
      }
      int best = 0;
      for (int j : starts) {
        best = Math.max(best, runLength(a, i, b, j, clauseEndsAfter));
      }
      int length = trimmed(a, i, best);
      if (informativeWords(a, i, length) >= 2 || rare.test(a.get(i).term())) {
        phrases.add(new Phrase(i, length, score(a, i, length)));
      }
    }
    phrases.sort(
        Comparator.comparingDouble(Phrase::score).reversed().thenComparingInt(Phrase::start));
    boolean[] used = new boolean[a.size()];
    Set<String> keys = new HashSet<>();
    List<String> shown = new ArrayList<>();
    for (Phrase p : phrases) {
      if (shown.size() >= limit) {
        break;
      }
      if (overlaps(used, p) || !keys.add(key(a, p))) {
        continue;
      }
      for (int k = p.start(); k < p.start() + p.length(); k++) {
        used[k] = true;
      }
      shown.add(
          aText.substring(
              a.get(p.start()).originalStart(), a.get(p.start() + p.length() - 1).originalEnd()));
    }
    return shown;
  }

  /** For each word of {@code a}, whether punctuation or a line break follows it in the text. */
  private static boolean[] clauseEnds(List<Token> a, String text) {
    boolean[] ends = new boolean[a.size()];
    for (int k = 0; k + 1 < a.size(); k++) {
      for (int c = a.get(k).originalEnd(); c < a.get(k + 1).originalStart(); c++) {
        char ch = text.charAt(c);
        if (ch == '\n' || !(Character.isWhitespace(ch) || Character.isLetterOrDigit(ch))) {
          ends[k] = true;
          break;
        }
      }
    }
    return ends;
  }

  private static int runLength(List<Token> a, int i, List<Token> b, int j, boolean[] clauseEnds) {
    int n = 0;
    while (n < MAX_PHRASE_WORDS
        && i + n < a.size()
        && j + n < b.size()
        && a.get(i + n).term().equals(b.get(j + n).term())) {
      n++;
      if (clauseEnds[i + n - 1]) {
        break;
      }
    }
    return n;
  }

  /** The run's length without function words at its end. */
  private int trimmed(List<Token> a, int start, int length) {
    int n = length;
    while (n > 1 && !informative.test(a.get(start + n - 1).term())) {
      n--;
    }
    return n;
  }

  private int informativeWords(List<Token> a, int start, int length) {
    int n = 0;
    for (int k = start; k < start + length; k++) {
      n += informative.test(a.get(k).term()) ? 1 : 0;
    }
    return n;
  }

  private double score(List<Token> a, int start, int length) {
    double s = 0;
    for (int k = start; k < start + length; k++) {
      if (informative.test(a.get(k).term())) {
        s += weight.applyAsDouble(a.get(k).term());
      }
    }
    return s;
  }

  private static boolean overlaps(boolean[] used, Phrase p) {
    for (int k = p.start(); k < p.start() + p.length(); k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private static String key(List<Token> a, Phrase p) {
    StringBuilder s = new StringBuilder();
    for (int k = p.start(); k < p.start() + p.length(); k++) {
      s.append(a.get(k).term()).append(' ');
    }
    return s.toString();
  }
}
