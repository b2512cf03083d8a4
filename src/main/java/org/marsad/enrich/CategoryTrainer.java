package org.marsad.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * Trains a {@link LinearCategoryClassifier}: multinomial logistic regression by stochastic gradient
 * descent with AdaGrad step sizes (a feature seen rarely keeps a large step, a common one settles)
 * and an L2 penalty applied to the rows an example touches. Deterministic: the examples are
 * shuffled from a fixed seed and the arithmetic runs on one thread, so the same data gives the same
 * model file, byte for byte.
 */
public final class CategoryTrainer {

  /**
   * How to train.
   *
   * @param hashBits feature slots are {@code 2^hashBits}
   * @param maxBodyChars chars of the body read (see {@link CategoryFeatures})
   * @param epochs passes over the examples
   * @param learningRate AdaGrad's base step
   * @param l2 weight of the L2 penalty
   * @param seed of the example order
   */
  public record Settings(
      int hashBits, int maxBodyChars, int epochs, double learningRate, double l2, long seed) {
    /** The settings the shipped model is trained with, chosen on a held-out part of train. */
    public static final Settings DEFAULT = new Settings(18, 10_000, 12, 0.5, 3e-4, 20261130L);

    public Settings {
      if (epochs < 1 || !(learningRate > 0) || !(l2 >= 0)) {
        throw new IllegalArgumentException(
            "need epochs >= 1, learning rate > 0, l2 >= 0; got "
                + epochs
                + ", "
                + learningRate
                + ", "
                + l2);
      }
      new CategoryFeatures(hashBits, maxBodyChars); // validates both
    }
  }

  private static final double EPSILON = 1e-8;

  private final Settings settings;

  public CategoryTrainer(Settings settings) {
    this.settings = settings;
  }

  /**
   * A classifier over the labels of {@code examples} (in alphabetical order), its weights rounded
   * as its file stores them. Examples without a word are passed over.
   *
   * @throws IllegalArgumentException if the examples name fewer than two labels
   */
  public LinearCategoryClassifier train(List<CategoryExample> examples) {
    CategoryFeatures features = new CategoryFeatures(settings.hashBits(), settings.maxBodyChars());
    List<String> labels =
        new ArrayList<>(new TreeSet<>(examples.stream().map(CategoryExample::label).toList()));
    if (labels.size() < 2) {
      throw new IllegalArgumentException(
          "training needs examples of two labels or more, got " + labels);
    }
    List<CategoryFeatures.Vector> xs = new ArrayList<>();
    List<Integer> ys = new ArrayList<>();
    for (CategoryExample e : examples) {
      CategoryFeatures.Vector x = features.vector(e.title(), e.body());
      if (!x.isEmpty()) {
        xs.add(x);
        ys.add(labels.indexOf(e.label()));
      }
    }
    int n = labels.size();
    float[] bias = new float[n];
    float[] weights = new float[features.dimension() * n];
    double[] biasSquares = new double[n];
    float[] squares = new float[weights.length];
    int[] order = new int[xs.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(settings.seed());
    double rate = settings.learningRate();
    double l2 = settings.l2();
    for (int epoch = 0; epoch < settings.epochs(); epoch++) {
      shuffle(order, random);
      for (int i : order) {
        CategoryFeatures.Vector x = xs.get(i);
        double[] p =
            LinearCategoryClassifier.softmax(LinearCategoryClassifier.scores(x, bias, weights, n));
        p[ys.get(i)] -= 1; // now the gradient of the loss with respect to each label's score
        for (int c = 0; c < n; c++) {
          biasSquares[c] += p[c] * p[c];
          bias[c] -= (float) (rate * p[c] / (Math.sqrt(biasSquares[c]) + EPSILON));
        }
        int[] indices = x.indices();
        float[] values = x.values();
        for (int k = 0; k < indices.length; k++) {
          int row = indices[k] * n;
          for (int c = 0; c < n; c++) {
            int w = row + c;
            double g = p[c] * values[k] + l2 * weights[w];
            squares[w] += (float) (g * g);
            weights[w] -= (float) (rate * g / (Math.sqrt(squares[w]) + EPSILON));
          }
        }
      }
    }
    CategoryModelFile.round(weights);
    return new LinearCategoryClassifier(features, labels, bias, weights);
  }

  private static void shuffle(int[] a, Random random) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
