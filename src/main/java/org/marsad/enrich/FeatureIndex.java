package org.marsad.enrich;

/**
 * An open-addressing map from feature hash to a dense index ({@code 0..size-1}), without boxing:
 * the weights of feature {@code i} live at {@code i * tags} in a flat array. Not thread-safe while
 * it grows; read-only use after building is safe.
 */
final class FeatureIndex {
  private static final long EMPTY = 0L;

  /** Key at {@code 2 * slot}, index at {@code 2 * slot + 1}: one cache line holds both. */
  private long[] table;

  private int size;
  private boolean hasZeroKey;
  private int zeroKeyValue;

  FeatureIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    table = new long[2 * capacity];
  }

  int size() {
    return size;
  }

  /** The index of {@code key}, or -1. */
  int get(long key) {
    if (key == EMPTY) {
      return hasZeroKey ? zeroKeyValue : -1;
    }
    int mask = table.length / 2 - 1;
    int slot = (int) key & mask;
    while (true) {
      long k = table[2 * slot];
      if (k == key) {
        return (int) table[2 * slot + 1];
      }
      if (k == EMPTY) {
        return -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The index of {@code key}, adding it with the next free index when absent. */
  int add(long key) {
    int found = get(key);
    if (found >= 0) {
      return found;
    }
    if (key == EMPTY) {
      hasZeroKey = true;
      zeroKeyValue = size;
      return size++;
    }
    if ((size + 1) * 2 > table.length / 2) {
      grow();
    }
    put(key, size);
    return size++;
  }

  /** Every key in index order. */
  long[] keysByIndex() {
    long[] byIndex = new long[size];
    for (int slot = 0; slot < table.length / 2; slot++) {
      if (table[2 * slot] != EMPTY) {
        byIndex[(int) table[2 * slot + 1]] = table[2 * slot];
      }
    }
    if (hasZeroKey) {
      byIndex[zeroKeyValue] = EMPTY;
    }
    return byIndex;
  }

  private void put(long key, int value) {
    int mask = table.length / 2 - 1;
    int slot = (int) key & mask;
    while (table[2 * slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[2 * slot] = key;
    table[2 * slot + 1] = value;
  }

  private void grow() {
    long[] old = table;
    table = new long[old.length * 2];
    for (int slot = 0; slot < old.length / 2; slot++) {
      if (old[2 * slot] != EMPTY) {
        put(old[2 * slot], (int) old[2 * slot + 1]);
      }
    }
  }
}
