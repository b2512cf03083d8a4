package org.marsad.search;

import java.util.Objects;
import java.util.function.ToLongFunction;

/**
 * A kind of value callers derive from what one commit of the index shows and keep with that commit
 * ({@link SearchIndex#perCommit}), the way each commit keeps its searches' results: an article's
 * related articles, asked again by every reader of the article until the next commit. Values of a
 * kind are held up to {@code maxWeight}, the least recently used dropped first. Compared by
 * identity: declare each kind once, as a constant.
 *
 * @param <K> what a value is asked for by
 * @param <V> the value
 */
public final class PerCommit<K, V> {
  private final String name;
  private final int maxWeight;
  private final ToLongFunction<? super V> weight;

  /**
   * @param name what the values are, for messages
   * @param maxWeight the weight one commit's values may hold together; 0 keeps nothing
   * @param weight a value's weight, at least 1
   * @throws IllegalArgumentException when maxWeight is negative
   */
  public PerCommit(String name, int maxWeight, ToLongFunction<? super V> weight) {
    if (maxWeight < 0) {
      throw new IllegalArgumentException(name + ": maxWeight must be >= 0, got " + maxWeight);
    }
    this.name = Objects.requireNonNull(name, "name");
    this.maxWeight = maxWeight;
    this.weight = Objects.requireNonNull(weight, "weight");
  }

  int maxWeight() {
    return maxWeight;
  }

  ToLongFunction<? super V> weight() {
    return weight;
  }

  @Override
  public String toString() {
    return name;
  }
}
