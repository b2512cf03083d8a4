package org.marsad.enrich;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Name lists matched against a sentence, several lists at once: each entry (one or more words)
 * belongs to a bit set of lists. Entries and text are compared by the per-word key of {@link
 * NerFeatures#key} (normalized, article removed), so {@code الأردن} in a list meets {@code والأردن}
 * in the text.
 *
 * <p>{@link #match} marks, for every list, the longest entry starting at each token, with the
 * token's position in it (first or continuing): the BIO position of a multi-word match, which the
 * tagger uses as a feature. Matching looks at most {@value #MAX_WORDS} words ahead and stops as
 * soon as no entry starts with the words seen, so it is linear in the sentence. Immutable and
 * thread-safe.
 */
public final class NerGazetteer {
  /** Longest entry kept, in words. */
  static final int MAX_WORDS = 6;

  /** Most lists one gazetteer holds: two position bits each in an int. */
  static final int MAX_LISTS = 16;

  static final NerGazetteer EMPTY = new NerGazetteer(Map.of());

  private final Map<String, Integer> entries;
  private final Set<String> prefixes;

  NerGazetteer(Map<String, Integer> entries) {
    this.entries = Map.copyOf(entries);
    Set<String> p = new HashSet<>();
    for (String key : entries.keySet()) {
      for (int i = key.indexOf(' '); i > 0; i = key.indexOf(' ', i + 1)) {
        p.add(key.substring(0, i));
      }
    }
    this.prefixes = Set.copyOf(p);
  }

  public int size() {
    return entries.size();
  }

  /** The lists that hold exactly the words {@code keys} (joined by spaces), as a bit set. */
  int lists(String joinedKeys) {
    return entries.getOrDefault(joinedKeys, 0);
  }

  /**
   * For each token, bit {@code 2 * list} when a longest match of that list begins there and bit
   * {@code 2 * list + 1} when one continues there.
   */
  int[] match(String[] keys) {
    int n = keys.length;
    int[] marks = new int[n];
    if (entries.isEmpty()) {
      return marks;
    }
    StringBuilder joined = new StringBuilder();
    for (int i = 0; i < n; i++) {
      joined.setLength(0);
      int[] longest = null;
      for (int len = 1; len <= MAX_WORDS && i + len <= n; len++) {
        if (len > 1) {
          joined.append(' ');
        }
        joined.append(keys[i + len - 1]);
        String key = joined.toString();
        Integer lists = entries.get(key);
        if (lists != null) {
          if (longest == null) {
            longest = new int[MAX_LISTS];
          }
          for (int list = 0; list < MAX_LISTS; list++) {
            if ((lists & (1 << list)) != 0) {
              longest[list] = len;
            }
          }
        }
        if (!prefixes.contains(key)) {
          break;
        }
      }
      if (longest != null) {
        for (int list = 0; list < MAX_LISTS; list++) {
          for (int j = 0; j < longest[list]; j++) {
            marks[i + j] |= 1 << (2 * list + (j == 0 ? 0 : 1));
          }
        }
      }
    }
    return marks;
  }

  /** A gazetteer builder: entries given as words, lists as numbers below {@link #MAX_LISTS}. */
  static final class Builder {
    private final Map<String, Integer> entries = new HashMap<>();

    /** Adds an entry given as its per-word keys; ignored when empty or too long. */
    Builder add(List<String> keys, int list) {
      if (list < 0 || list >= MAX_LISTS) {
        throw new IllegalArgumentException("list " + list + " outside 0.." + (MAX_LISTS - 1));
      }
      if (!keys.isEmpty() && keys.size() <= MAX_WORDS && keys.stream().noneMatch(String::isEmpty)) {
        entries.merge(String.join(" ", keys), 1 << list, (a, b) -> a | b);
      }
      return this;
    }

    /** Adds every entry of {@code other} with its lists. */
    Builder addAll(NerGazetteer other) {
      other.entries.forEach((key, lists) -> entries.merge(key, lists, (a, b) -> a | b));
      return this;
    }

    NerGazetteer build() {
      return new NerGazetteer(entries);
    }
  }

  /** Writes the entries in key order, so that equal gazetteers give equal bytes. */
  void write(DataOutputStream out) throws IOException {
    Map<String, Integer> sorted = new TreeMap<>(entries);
    out.writeInt(sorted.size());
    for (Map.Entry<String, Integer> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  static NerGazetteer read(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 10_000_000) {
      throw new IOException("gazetteer size " + count + " out of range");
    }
    Map<String, Integer> entries = new HashMap<>();
    for (int i = 0; i < count; i++) {
      entries.put(in.readUTF(), in.readInt());
    }
    return new NerGazetteer(entries);
  }
}
