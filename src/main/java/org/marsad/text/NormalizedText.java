package org.marsad.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Text normalized for matching, with a map from each normalized char back to the original, so that
 * offsets found in the normalized text (entities, highlights, duplicate evidence) point into the
 * original that display shows.
 *
 * <p>A range {@code [start, end)} of {@link #text()} maps to {@code [originalStart(start),
 * originalEnd(end))} of {@link #original()}. For a non-empty range the mapped range is non-empty
 * and covers every original char that produced the range: a ligature split by the range is covered
 * whole, and combining marks and tatweel that followed the last char (and were removed) are
 * included, so that the range of {@code الارهاب} in {@code "الإرهابَ،"} maps to {@code "الإرهابَ"}.
 *
 * @param original the input, unchanged (what display shows)
 * @param text the normalized form (what matching uses)
 * @param toOriginal for each index {@code i} of {@code text}, the index in {@code original} of the
 *     char it came from, non-decreasing; one extra trailing entry maps {@code text.length()} to
 *     {@code original.length()}. Owned by this record: callers must not modify it.
 */
public record NormalizedText(String original, String text, int[] toOriginal) {
  private static final char TATWEEL = '\u0640';
  private static final int BMP = 0x10000;
  private static final long[] ATTACHED_TO_PREVIOUS = attachedToPreviousBits();

  public NormalizedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(toOriginal, "toOriginal");
    if (toOriginal.length != text.length() + 1) {
      throw new IllegalArgumentException(
          "toOriginal has " + toOriginal.length + " entries, text needs " + (text.length() + 1));
    }
  }

  /**
   * The original index where a range starting at normalized offset {@code normalizedStart} starts.
   */
  public int originalStart(int normalizedStart) {
    return toOriginal[checkOffset(normalizedStart)];
  }

  /**
   * The exclusive original end of a range ending at normalized offset {@code normalizedEnd}: just
   * past the original char of normalized char {@code normalizedEnd - 1}, extended over the
   * combining marks and tatweel that follow it in the original and were removed.
   */
  public int originalEnd(int normalizedEnd) {
    checkOffset(normalizedEnd);
    if (normalizedEnd == 0) {
      return toOriginal[0];
    }
    int end = toOriginal[normalizedEnd - 1] + 1;
    int limit = toOriginal[normalizedEnd];
    while (end < limit && isAttachedToPrevious(original.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The original text behind the normalized range {@code [start, end)}. */
  public String originalSubstring(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " > end " + end);
    }
    return start == end ? "" : original.substring(originalStart(start), originalEnd(end));
  }

  private int checkOffset(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException(
          "offset " + offset + " outside normalized text of length " + text.length());
    }
    return offset;
  }

  /** A bit per BMP char: Lucene maps the end of every token through {@link #originalEnd}. */
  private static boolean isAttachedToPrevious(char c) {
    return (ATTACHED_TO_PREVIOUS[c >>> 6] & (1L << c)) != 0;
  }

  private static long[] attachedToPreviousBits() {
    long[] bits = new long[BMP / Long.SIZE];
    for (int c = 0; c < BMP; c++) {
      int type = Character.getType(c);
      if (c == TATWEEL
          || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NormalizedText other
        && original.equals(other.original)
        && text.equals(other.text)
        && Arrays.equals(toOriginal, other.toOriginal);
  }

  @Override
  public int hashCode() {
    return Objects.hash(original, text, Arrays.hashCode(toOriginal));
  }

  @Override
  public String toString() {
    return "NormalizedText[" + text + "]";
  }
}
