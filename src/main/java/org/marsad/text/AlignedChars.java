package org.marsad.text;

import java.util.Arrays;

/**
 * A growable run of chars, each remembering the index of the original char it came from: what a
 * {@link NormalizationRule} reads and writes, so that every rule keeps the alignment for free.
 *
 * <p>Not thread-safe: one instance belongs to one normalization call.
 */
public final class AlignedChars {
  char[] chars;
  int[] origins;
  int length;

  AlignedChars(int capacity) {
    chars = new char[Math.max(capacity, 16)];
    origins = new int[chars.length];
  }

  /** The chars of {@code s}, each aligned to its own index. */
  static AlignedChars of(String s) {
    AlignedChars a = new AlignedChars(s.length());
    s.getChars(0, s.length(), a.chars, 0);
    for (int i = 0; i < s.length(); i++) {
      a.origins[i] = i;
    }
    a.length = s.length();
    return a;
  }

  /** The number of chars held. */
  public int length() {
    return length;
  }

  /** The char at {@code i}, {@code 0 <= i < length()}. */
  public char charAt(int i) {
    return chars[i];
  }

  /** The index in the original text of the char at {@code i}. */
  public int originAt(int i) {
    return origins[i];
  }

  /** Appends {@code c}, produced from the original char at index {@code origin}. */
  public void append(char c, int origin) {
    if (length == chars.length) {
      grow();
    }
    chars[length] = c;
    origins[length] = origin;
    length++;
  }

  /** Appends the chars at {@code [from, to)} of {@code in} with their origins. */
  public void appendRange(AlignedChars in, int from, int to) {
    int n = to - from;
    reserve(n);
    System.arraycopy(in.chars, from, chars, length, n);
    System.arraycopy(in.origins, from, origins, length, n);
    length += n;
  }

  void clear() {
    length = 0;
  }

  /** Makes room for {@code extra} more chars, so a rule can write to the arrays directly. */
  void reserve(int extra) {
    while (length + extra > chars.length) {
      grow();
    }
  }

  private void grow() {
    int capacity = chars.length * 2;
    chars = Arrays.copyOf(chars, capacity);
    origins = Arrays.copyOf(origins, capacity);
  }

  /** The result as normalized text over {@code original}. */
  NormalizedText toNormalizedText(String original) {
    int[] map = Arrays.copyOf(origins, length + 1);
    map[length] = original.length();
    return new NormalizedText(original, new String(chars, 0, length), map);
  }
}
