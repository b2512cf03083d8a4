package org.marsad.enrich.eval;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.enrich.NerSpan;
import org.marsad.model.EntityType;

/**
 * Entity-level precision, recall and F1 by the CoNLL rules: a predicted entity counts only when its
 * span and type both equal a gold entity's, so a partial span is one false positive and one false
 * negative, and so is a right span of the wrong type. Spans are read from BIO labels by {@link
 * NerSpan#of}. Not thread-safe.
 */
public final class NerScores {
  /** True positives, false positives and false negatives of one type. */
  public record Counts(int truePositives, int falsePositives, int falseNegatives) {
    public double precision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts o) {
      return new Counts(
          truePositives + o.truePositives,
          falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : (double) a / b;
    }
  }

  private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

  public NerScores() {
    for (EntityType type : EntityType.values()) {
      byType.put(type, new Counts(0, 0, 0));
    }
  }

  /**
   * Adds one sentence's gold and predicted labels.
   *
   * @throws IllegalArgumentException when the two have different lengths or a label is not BIO
   */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold labels but " + predicted.size() + " predicted");
    }
    Set<NerSpan> expected = new HashSet<>(NerSpan.of(gold));
    Set<NerSpan> found = new HashSet<>(NerSpan.of(predicted));
    for (NerSpan span : found) {
      boolean right = expected.contains(span);
      byType.merge(span.type(), new Counts(right ? 1 : 0, right ? 0 : 1, 0), Counts::plus);
    }
    for (NerSpan span : expected) {
      if (!found.contains(span)) {
        byType.merge(span.type(), new Counts(0, 0, 1), Counts::plus);
      }
    }
  }

  public Counts of(EntityType type) {
    return byType.get(type);
  }

  /** The counts of all types together (micro average). */
  public Counts micro() {
    return byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /**
   * Prints one line per type and one for the micro average (precision, recall, F1 as fractions),
   * the last line {@code micro F1 0.xxxx}.
   */
  public void print(PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%-13s %9s %9s %9s %6s %6s %6s%n",
        "type",
        "precision",
        "recall",
        "F1",
        "tp",
        "fp",
        "fn");
    for (EntityType type : EntityType.values()) {
      row(out, type.name(), byType.get(type));
    }
    row(out, "micro", micro());
    out.printf(Locale.ROOT, "micro F1 %.4f%n", micro().f1());
  }

  private static void row(PrintWriter out, String label, Counts c) {
    out.printf(
        Locale.ROOT,
        "%-13s %9.4f %9.4f %9.4f %6d %6d %6d%n",
        label,
        c.precision(),
        c.recall(),
        c.f1(),
        c.truePositives(),
        c.falsePositives(),
        c.falseNegatives());
  }
}
