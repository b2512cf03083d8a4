package org.marsad.enrich;

/**
 * An open-addressing map from feature hash to a dense index ({@code 0..size-1}), without boxing:
 * the weights of feature {@code i} live at {@code i * tags} in a flat array. Not thread-safe while
 * it grows; read-only use after building is safe.
 */
final class FeatureIndex {
  private static final long EMPTY = 0L;

  private long[] keys;
  private int[] values;
  private int size;
  private boolean hasZeroKey;
  private int zeroKeyValue;

  FeatureIndex(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  int size() {
    return size;
  }

  /** The index of {@code key}, or -1. */
  int get(long key) {
    if (key == EMPTY) {
      return hasZeroKey ? zeroKeyValue : -1;
    }
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (true) {
      long k = keys[slot];
      if (k == key) {
        return values[slot];
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
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    put(key, size);
    return size++;
  }

  /** Every key in index order. */
  long[] keysByIndex() {
    long[] byIndex = new long[size];
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        byIndex[values[i]] = keys[i];
      }
    }
    if (hasZeroKey) {
      byIndex[zeroKeyValue] = EMPTY;
    }
    return byIndex;
  }

  private void put(long key, int value) {
    int mask = keys.length - 1;
    int slot = (int) key & mask;
    while (keys[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
