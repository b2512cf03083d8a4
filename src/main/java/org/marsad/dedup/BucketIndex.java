package org.marsad.dedup;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * LSH buckets: a 64-bit band key to the document slots filed under it, in primitive arrays (an
 * open-addressing table of keys, each heading a linked list of postings), because a {@code
 * HashMap<Long, List<Integer>>} of 32 bands per article costs several hundred bytes per article.
 * Finding candidates costs the bucket sizes, not the corpus size. Removal unlinks postings; a key
 * left without postings keeps its place until the next rehash drops it. Not thread-safe.
 */
final class BucketIndex {
  private static final int NONE = -1;
  private static final int MIN_CAPACITY = 16;

  private long[] keys = new long[MIN_CAPACITY];
  private int[] heads = filled(MIN_CAPACITY);
  private boolean[] occupied = new boolean[MIN_CAPACITY];
  private int occupiedKeys;
  private int[] postingSlot = new int[MIN_CAPACITY];
  private int[] postingNext = new int[MIN_CAPACITY];
  private int allocated;
  private int postings;
  private int freePosting = NONE;

  void add(long key, int slot) {
    int at = find(key);
    if (!occupied[at]) {
      if (2 * (occupiedKeys + 1) > keys.length) {
        rehash();
        at = find(key);
      }
      keys[at] = key;
      occupied[at] = true;
      occupiedKeys++;
    }
    int p = newPosting(slot);
    postingNext[p] = heads[at];
    heads[at] = p;
  }

  void remove(long key, int slot) {
    int at = find(key);
    int previous = NONE;
    for (int p = heads[at]; p != NONE; previous = p, p = postingNext[p]) {
      if (postingSlot[p] == slot) {
        if (previous == NONE) {
          heads[at] = postingNext[p];
        } else {
          postingNext[previous] = postingNext[p];
        }
        postingNext[p] = freePosting;
        freePosting = p;
        postings--;
        return;
      }
    }
  }

  void forEach(long key, IntConsumer slots) {
    int at = find(key);
    for (int p = heads[at]; p != NONE; p = postingNext[p]) {
      slots.accept(postingSlot[p]);
    }
  }

  int postings() {
    return postings;
  }

  /** The table position of {@code key}, or the free position where it would go. */
  private int find(long key) {
    int mask = keys.length - 1;
    int at = (int) Hashing.mix(key) & mask;
    while (occupied[at] && keys[at] != key) {
      at = (at + 1) & mask;
    }
    return at;
  }

  private int newPosting(int slot) {
    int p;
    if (freePosting != NONE) {
      p = freePosting;
      freePosting = postingNext[p];
    } else {
      p = allocated++;
      if (p == postingSlot.length) {
        postingSlot = Arrays.copyOf(postingSlot, 2 * p);
        postingNext = Arrays.copyOf(postingNext, 2 * p);
      }
    }
    postingSlot[p] = slot;
    postings++;
    return p;
  }

  /** Rebuilds the table without the keys that lost all postings, at four times the live keys. */
  private void rehash() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int live = 0;
    for (int h : oldHeads) {
      live += h == NONE ? 0 : 1;
    }
    int capacity = Math.max(MIN_CAPACITY, Integer.highestOneBit(Math.max(1, live) * 4 - 1) << 1);
    keys = new long[capacity];
    heads = filled(capacity);
    occupied = new boolean[capacity];
    occupiedKeys = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != NONE) {
        int at = find(oldKeys[i]);
        keys[at] = oldKeys[i];
        heads[at] = oldHeads[i];
        occupied[at] = true;
        occupiedKeys++;
      }
    }
  }

  private static int[] filled(int n) {
    int[] a = new int[n];
    Arrays.fill(a, NONE);
    return a;
  }
}
