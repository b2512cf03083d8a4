package org.marsad.story;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A sparse, L2-normalized vector of term weights, its terms ordered by weight (heaviest first, ties
 * by term) so that {@link #top(int)} is a prefix. Immutable.
 */
public final class TermVector {
  static final TermVector EMPTY = new TermVector(new String[0], new float[0]);

  private final String[] terms;
  private final float[] weights;
  private volatile Map<String, Float> lookup;

  private TermVector(String[] terms, float[] weights) {
    this.terms = terms;
    this.weights = weights;
  }

  /** The vector of {@code weights} (non-positive weights dropped), normalized to unit length. */
  static TermVector of(Map<String, Double> weights) {
    return top(weights, Integer.MAX_VALUE);
  }

  /**
   * The {@code k} heaviest of {@code weights}, normalized to unit length. Equal weights keep the
   * map's iteration order, which is the same for the same insertions: deterministic for a replay.
   */
  static TermVector top(Map<String, Double> weights, int k) {
    String[] keys = new String[weights.size()];
    double[] values = new double[weights.size()];
    long[] order = new long[weights.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : weights.entrySet()) {
      double w = e.getValue();
      if (w > 0) {
        keys[n] = e.getKey();
        values[n] = w;
        // Positive floats order like their bits: weight in the high half, inverted position low.
        order[n] = ((long) Float.floatToIntBits((float) w) << 32) | (0xFFFFFFFFL - n);
        n++;
      }
    }
    Arrays.sort(order, 0, n);
    int size = Math.min(k, n);
    String[] terms = new String[size];
    double[] picked = new double[size];
    double norm = 0;
    for (int i = 0; i < size; i++) {
      int index = (int) (0xFFFFFFFFL - (order[n - 1 - i] & 0xFFFFFFFFL));
      terms[i] = keys[index];
      picked[i] = values[index];
      norm += picked[i] * picked[i];
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[size];
    for (int i = 0; i < size; i++) {
      unit[i] = (float) (picked[i] / norm);
    }
    return new TermVector(terms, unit);
  }

  /** Its {@code k} heaviest terms, normalized again to unit length. */
  public TermVector top(int k) {
    if (k >= terms.length) {
      return this;
    }
    double norm = 0;
    for (int i = 0; i < k; i++) {
      norm += (double) weights[i] * weights[i];
    }
    norm = Math.sqrt(norm);
    float[] values = new float[k];
    for (int i = 0; i < k; i++) {
      values[i] = (float) (weights[i] / norm);
    }
    return new TermVector(Arrays.copyOf(terms, k), values);
  }

  /** Cosine similarity: the dot product of two unit vectors, in [0, 1]. */
  public double cosine(TermVector other) {
    TermVector small = size() <= other.size() ? this : other;
    TermVector large = small == this ? other : this;
    Map<String, Float> index = large.lookup();
    double dot = 0;
    for (int i = 0; i < small.terms.length; i++) {
      Float w = index.get(small.terms[i]);
      if (w != null) {
        dot += small.weights[i] * w;
      }
    }
    return Math.min(1.0, dot);
  }

  public int size() {
    return terms.length;
  }

  public boolean isEmpty() {
    return terms.length == 0;
  }

  /** The term at rank {@code i} (0 = heaviest). */
  public String term(int i) {
    return terms[i];
  }

  /** The weight at rank {@code i}. */
  public double weight(int i) {
    return weights[i];
  }

  /** Adds this vector, scaled by {@code factor}, into {@code sums}. */
  void addTo(Map<String, Double> sums, double factor) {
    for (int i = 0; i < terms.length; i++) {
      sums.merge(terms[i], factor * weights[i], Double::sum);
    }
  }

  private Map<String, Float> lookup() {
    Map<String, Float> index = lookup;
    if (index == null) {
      index = new HashMap<>(terms.length * 2);
      for (int i = 0; i < terms.length; i++) {
        index.put(terms[i], weights[i]);
      }
      lookup = index;
    }
    return index;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("TermVector[");
    for (int i = 0; i < Math.min(8, terms.length); i++) {
      s.append(i == 0 ? "" : ", ").append(terms[i]).append('=').append(weights[i]);
    }
    return s.append(terms.length > 8 ? ", ...]" : "]").toString();
  }
}
