package org.marsad.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Picks a ranked list that is relevant and varied (Carbonell and Goldstein's maximal marginal
 * relevance): each next item is the one with the highest {@code lambda * relevance - (1 - lambda) *
 * max similarity to the items already picked}. With {@code lambda} 1 it is plain relevance order;
 * lower values trade relevance for variety, so that five articles on one angle of a topic do not
 * crowd out a sixth on another. Ties go to the earlier item. Quadratic in the items: meant for a
 * few dozen.
 */
final class MaximalMarginalRelevance {
  private final double lambda;

  /**
   * @throws IllegalArgumentException if {@code lambda} is not within [0, 1]
   */
  MaximalMarginalRelevance(double lambda) {
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("lambda must be within [0, 1], was " + lambda);
    }
    this.lambda = lambda;
  }

  /** Up to {@code k} of {@code items}, in the order picked. */
  <T> List<T> pick(
      List<T> items, ToDoubleFunction<T> relevance, ToDoubleBiFunction<T, T> similarity, int k) {
    List<T> left = new ArrayList<>(items);
    double[] closest = new double[left.size()];
    List<T> picked = new ArrayList<>(Math.min(k, items.size()));
    while (picked.size() < k && !left.isEmpty()) {
      int best = 0;
      double bestValue = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < left.size(); i++) {
        double value = lambda * relevance.applyAsDouble(left.get(i)) - (1 - lambda) * closest[i];
        if (value > bestValue) {
          best = i;
          bestValue = value;
        }
      }
      T chosen = left.remove(best);
      System.arraycopy(closest, best + 1, closest, best, left.size() - best);
      picked.add(chosen);
      for (int i = 0; i < left.size(); i++) {
        closest[i] = Math.max(closest[i], similarity.applyAsDouble(left.get(i), chosen));
      }
    }
    return picked;
  }
}
