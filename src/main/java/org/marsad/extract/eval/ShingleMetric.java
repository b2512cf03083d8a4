package org.marsad.extract.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric: 4-token shingles, per-page TP/FP/FN normalized to sum 1,
 * precision and recall averaged over pages, F1 from the two means.
 *
 * <p>Follows the benchmark's own {@code evaluate.py}: tokens are Python's {@code \w+} (letters,
 * digits and underscore in any script, so combining marks such as harakat split tokens); a text
 * with fewer than four tokens is one shingle, an empty text none; a page whose prediction is empty
 * (TP + FP = 0) is left out of the precision mean and a page whose truth is empty (TP + FN = 0) out
 * of the recall mean; a page with FP = FN = 0 scores 1.
 */
public final class ShingleMetric {

  /** Python's Unicode {@code \w}: what {@code str.isalnum()} accepts, plus underscore. */
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");

  private static final int SHINGLE_SIZE = 4;

  private ShingleMetric() {}

  /** One page's shared, extra and missing shingles, each divided by their sum. */
  public record PageScore(double tp, double fp, double fn) {}

  /** Precision, recall and F1 over a set of pages. */
  public record Scores(double precision, double recall, double f1, int pages) {}

  /** Scores one page: {@code truth} is the gold body, {@code prediction} the extracted one. */
  public static PageScore score(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    Set<List<String>> keys = new HashSet<>(t.keySet());
    keys.addAll(p.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int tc = t.getOrDefault(key, 0);
      int pc = p.getOrDefault(key, 0);
      tp += Math.min(tc, pc);
      fp += Math.max(0, pc - tc);
      fn += Math.max(0, tc - pc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new PageScore(tp / sum, fp / sum, fn / sum) : new PageScore(0, 0, 0);
  }

  /** Averages page scores as the benchmark does. */
  public static Scores aggregate(List<PageScore> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    for (PageScore s : pages) {
      if (s.tp() + s.fp() > 0) {
        precisionSum += s.fp() == 0 && s.fn() == 0 ? 1 : s.tp() / (s.tp() + s.fp());
        precisionPages++;
      }
      if (s.tp() + s.fn() > 0) {
        recallSum += s.fp() == 0 && s.fn() == 0 ? 1 : s.tp() / (s.tp() + s.fn());
        recallPages++;
      }
    }
    double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
    double recall = recallPages == 0 ? 0 : recallSum / recallPages;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Scores(precision, recall, f1, pages.size());
  }

  /** The word tokens of {@code text}. */
  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    int last = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + SHINGLE_SIZE));
      counts.merge(List.copyOf(shingle), 1, Integer::sum);
    }
    return counts;
  }
}
