package org.marsad.enrich.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.marsad.enrich.CategoryClassifier;
import org.marsad.enrich.CategoryExample;
import org.marsad.model.Category;

/**
 * Scores a category classifier on labelled articles: accuracy, macro-F1, precision, recall and F1
 * per label, the confusion matrix and the speed. An article the classifier gives no category (no
 * word to go by) counts as wrong, in the matrix's last column.
 */
public final class CategoryEvaluation {
  private CategoryEvaluation() {}

  /**
   * The figures of one run.
   *
   * @param labels the labels, in the matrix's order
   * @param confusion {@code confusion[truth][predicted]}; the last column counts articles given no
   *     category
   * @param seconds time spent classifying
   */
  public record Result(List<String> labels, int[][] confusion, double seconds) {
    public Result {
      labels = List.copyOf(labels);
    }

    public int total() {
      int n = 0;
      for (int[] row : confusion) {
        for (int v : row) {
          n += v;
        }
      }
      return n;
    }

    public int correct() {
      int n = 0;
      for (int c = 0; c < labels.size(); c++) {
        n += confusion[c][c];
      }
      return n;
    }

    public double accuracy() {
      return ratio(correct(), total());
    }

    /** Of the articles given {@code label}, the share that have it; 0 when none was given it. */
    public double precision(int label) {
      int predicted = 0;
      for (int[] row : confusion) {
        predicted += row[label];
      }
      return ratio(confusion[label][label], predicted);
    }

    /** Of the articles that have {@code label}, the share given it; 0 when none has it. */
    public double recall(int label) {
      int actual = 0;
      for (int v : confusion[label]) {
        actual += v;
      }
      return ratio(confusion[label][label], actual);
    }

    public double f1(int label) {
      double p = precision(label);
      double r = recall(label);
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean of the labels' F1, each label counting once whatever its size. */
    public double macroF1() {
      double sum = 0;
      for (int c = 0; c < labels.size(); c++) {
        sum += f1(c);
      }
      return labels.isEmpty() ? 0 : sum / labels.size();
    }

    public double docsPerSecond() {
      return seconds > 0 ? total() / seconds : 0;
    }

    private static double ratio(int part, int whole) {
      return whole == 0 ? 0 : (double) part / whole;
    }
  }

  /**
   * Classifies every example; examples whose label is not among {@code labels} must have been
   * skipped by the reader.
   *
   * @throws IllegalArgumentException if an example's label is not among {@code labels}
   */
  public static Result run(
      CategoryClassifier classifier, List<String> labels, List<CategoryExample> examples) {
    int[][] confusion = new int[labels.size()][labels.size() + 1];
    long start = System.nanoTime();
    for (CategoryExample e : examples) {
      int truth = labels.indexOf(e.label());
      if (truth < 0) {
        throw new IllegalArgumentException("label '" + e.label() + "' not among " + labels);
      }
      Category c = classifier.classify(e.title(), e.body());
      int predicted = c == null ? labels.size() : labels.indexOf(c.label());
      confusion[truth][predicted < 0 ? labels.size() : predicted]++;
    }
    return new Result(labels, confusion, (System.nanoTime() - start) / 1e9);
  }

  /** Prints the figures; the accuracy on a line of its own, {@code accuracy 0.xxxx}. */
  public static void print(PrintWriter out, Result r) {
    out.printf(Locale.ROOT, "accuracy %.4f%n", r.accuracy());
    out.printf(Locale.ROOT, "macro-F1 %.4f%n", r.macroF1());
    out.printf(
        Locale.ROOT, "%-20s %9s %9s %9s %6s%n", "category", "precision", "recall", "F1", "n");
    for (int c = 0; c < r.labels().size(); c++) {
      int n = 0;
      for (int v : r.confusion()[c]) {
        n += v;
      }
      out.printf(
          Locale.ROOT,
          "%-20s %9.4f %9.4f %9.4f %6d%n",
          r.labels().get(c),
          r.precision(c),
          r.recall(c),
          r.f1(c),
          n);
    }
    out.println("confusion (rows: true category, columns: predicted; none: no category given)");
    StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-20s", ""));
    for (String label : r.labels()) {
      header.append(String.format(Locale.ROOT, " %8.8s", label));
    }
    out.println(header.append(String.format(Locale.ROOT, " %8s", "none")));
    for (int c = 0; c < r.labels().size(); c++) {
      StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-20s", r.labels().get(c)));
      for (int v : r.confusion()[c]) {
        row.append(String.format(Locale.ROOT, " %8d", v));
      }
      out.println(row);
    }
    out.printf(Locale.ROOT, "%d docs, %.0f docs/s%n", r.total(), r.docsPerSecond());
  }
}
