package org.marsad.enrich;

import java.util.List;
import org.marsad.model.Category;

/**
 * A multinomial logistic regression over {@link CategoryFeatures}: one weight per (feature slot,
 * label) and one bias per label; the score is the softmax probability of the best label. Made by
 * {@link CategoryTrainer}, saved and loaded by {@link CategoryModelFile}. Immutable and
 * thread-safe.
 */
public final class LinearCategoryClassifier implements CategoryClassifier {
  private final CategoryFeatures features;
  private final List<String> labels;
  private final float[] bias;
  private final float[] weights;

  /**
   * @param weights {@code dimension x labels}, row-major by slot: the weight of slot {@code f} for
   *     label {@code c} is {@code weights[f * labels.size() + c]}
   */
  LinearCategoryClassifier(
      CategoryFeatures features, List<String> labels, float[] bias, float[] weights) {
    if (labels.size() < 2) {
      throw new IllegalArgumentException("a classifier needs two labels or more, got " + labels);
    }
    if (bias.length != labels.size() || weights.length != features.dimension() * labels.size()) {
      throw new IllegalArgumentException(
          "weights do not fit " + labels.size() + " labels and " + features.dimension() + " slots");
    }
    this.features = features;
    this.labels = List.copyOf(labels);
    this.bias = bias;
    this.weights = weights;
  }

  /** The labels this classifier chooses among, in its order. */
  public List<String> labels() {
    return labels;
  }

  @Override
  public Category classify(String title, String body) {
    CategoryFeatures.Vector x = features.vector(title, body);
    if (x.isEmpty()) {
      return null;
    }
    double[] p = probabilities(x);
    int best = 0;
    for (int c = 1; c < p.length; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return new Category(labels.get(best), Math.min(1, Math.max(0, p[best])));
  }

  /** The probability of each label, in {@link #labels()} order. */
  double[] probabilities(CategoryFeatures.Vector x) {
    return softmax(scores(x, bias, weights, labels.size()));
  }

  /** Bias plus the weighted sum of the vector's values, per label. */
  static double[] scores(CategoryFeatures.Vector x, float[] bias, float[] weights, int labels) {
    double[] s = new double[labels];
    for (int c = 0; c < labels; c++) {
      s[c] = bias[c];
    }
    int[] indices = x.indices();
    float[] values = x.values();
    for (int k = 0; k < indices.length; k++) {
      int row = indices[k] * labels;
      float v = values[k];
      for (int c = 0; c < labels; c++) {
        s[c] += v * weights[row + c];
      }
    }
    return s;
  }

  /**
   * Turns scores into probabilities in place (shifted by the largest, so exp never overflows).
   * StrictMath, like the features' logarithm: the same data must train the same model file on every
   * machine.
   */
  static double[] softmax(double[] s) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : s) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int c = 0; c < s.length; c++) {
      s[c] = StrictMath.exp(s[c] - max);
      sum += s[c];
    }
    for (int c = 0; c < s.length; c++) {
      s[c] /= sum;
    }
    return s;
  }

  CategoryFeatures features() {
    return features;
  }

  float[] bias() {
    return bias;
  }

  float[] weights() {
    return weights;
  }
}
