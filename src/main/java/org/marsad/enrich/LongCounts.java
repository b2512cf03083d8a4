package org.marsad.enrich;

import java.util.Arrays;

/**
 * Counts per 64-bit key in open addressing (two arrays, no boxing), bounded: when it holds more
 * than {@code maxKeys} keys, {@link #prune} drops the rarest until at most three quarters remain.
 * Not thread-safe; {@link TermCounts} guards it.
 */
final class LongCounts {
  private static final long EMPTY = 0L;
  private static final long ZERO_KEY = 0x5bd1e9955bd1e995L;

  private final int maxKeys;
  private long[] keys;
  private int[] counts;
  private int size;
  private int floor;

  LongCounts(int maxKeys) {
    if (maxKeys < 16) {
      throw new IllegalArgumentException("maxKeys must be at least 16, was " + maxKeys);
    }
    this.maxKeys = maxKeys;
    allocate(Math.min(1 << 16, tableSizeFor(maxKeys)));
  }

  /** Adds one to the count of {@code key}; prunes when the table outgrew its bound. */
  void increment(long key) {
    long k = key == EMPTY ? ZERO_KEY : key;
    int mask = keys.length - 1;
    int i = slot(k, mask);
    while (keys[i] != EMPTY) {
      if (keys[i] == k) {
        counts[i]++;
        return;
      }
      i = (i + 1) & mask;
    }
    keys[i] = k;
    counts[i] = 1;
    size++;
    if (size > maxKeys) {
      prune();
    } else if (size * 2 > keys.length) {
      rehash(keys.length * 2);
    }
  }

  /** The count of {@code key}, 0 when absent. */
  int get(long key) {
    long k = key == EMPTY ? ZERO_KEY : key;
    int mask = keys.length - 1;
    int i = slot(k, mask);
    while (keys[i] != EMPTY) {
      if (keys[i] == k) {
        return counts[i];
      }
      i = (i + 1) & mask;
    }
    return 0;
  }

  /** Calls {@code action} with every key held (keys that were 0 come back as a fixed stand-in). */
  void forEachKey(java.util.function.LongConsumer action) {
    for (long k : keys) {
      if (k != EMPTY) {
        action.accept(k);
      }
    }
  }

  int size() {
    return size;
  }

  /**
   * The highest count a pruned key had: a count at or below it may have lost that many before it
   * was counted again; counts above it are exact if the key was never pruned.
   */
  int floor() {
    return floor;
  }

  /**
   * Drops every key counted at most {@code t} times, for the smallest {@code t} that leaves at most
   * three quarters of {@code maxKeys}: the rare keys (a phrase seen once) go, the frequent stay.
   */
  private void prune() {
    int target = maxKeys * 3 / 4;
    int[] live = new int[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        live[n++] = counts[i];
      }
    }
    Arrays.sort(live, 0, n);
    int threshold = live[n - target - 1];
    floor = Math.max(floor, threshold);
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    allocate(keys.length);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY && oldCounts[i] > threshold) {
        put(oldKeys[i], oldCounts[i]);
      }
    }
  }

  private void rehash(int capacity) {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    allocate(capacity);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldCounts[i]);
      }
    }
  }

  private void put(long k, int count) {
    int mask = keys.length - 1;
    int i = slot(k, mask);
    while (keys[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    keys[i] = k;
    counts[i] = count;
    size++;
  }

  private void allocate(int capacity) {
    keys = new long[capacity];
    counts = new int[capacity];
    size = 0;
  }

  private static int slot(long k, int mask) {
    return (int) (k ^ (k >>> 32)) & mask;
  }

  private static int tableSizeFor(int maxKeys) {
    return Integer.highestOneBit(Math.max(16, maxKeys) * 2 - 1) * 2;
  }

  @Override
  public String toString() {
    return "LongCounts[" + size + " of " + maxKeys + ", floor " + floor + "]";
  }

  /** Sorted distinct values of {@code values[0, n)}, in place; returns how many. */
  static int distinct(long[] values, int n) {
    Arrays.sort(values, 0, n);
    int d = 0;
    for (int i = 0; i < n; i++) {
      if (d == 0 || values[i] != values[d - 1]) {
        values[d++] = values[i];
      }
    }
    return d;
  }
}
