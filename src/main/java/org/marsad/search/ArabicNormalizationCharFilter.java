package org.marsad.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.analysis.CharFilter;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.NormalizedText;

/**
 * Applies an {@link ArabicNormalizer} before tokenization and corrects token offsets through its
 * alignment, so that offsets (and highlights) point into the original text, diacritics included.
 *
 * <p>Reads its whole input on the first read: normalization needs context across chars (ligatures,
 * decomposed hamza, whitespace runs), and news documents are bounded upstream by the extractor.
 *
 * <p>Offset correction: Lucene corrects start and end offsets through the same method, so an offset
 * that follows a letter or digit and precedes a non-word char (a token end) maps with {@link
 * NormalizedText#originalEnd}, which takes the word's trailing marks but not the invisible chars or
 * spaces removed after it; any other offset maps with {@link NormalizedText#originalStart}.
 */
public final class ArabicNormalizationCharFilter extends CharFilter {
  private static final int READ_CHUNK = 8192;
  private static final int BMP = 0x10000;
  private static final long[] LETTER_OR_DIGIT = letterOrDigitBits();

  private final ArabicNormalizer normalizer;
  private NormalizedText normalized;
  private int position;

  public ArabicNormalizationCharFilter(Reader input, ArabicNormalizer normalizer) {
    super(input);
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (normalized == null) {
      normalized = normalizer.normalizeAligned(readAll());
    }
    String text = normalized.text();
    if (position >= text.length()) {
      return -1;
    }
    int n = Math.min(length, text.length() - position);
    text.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  protected int correct(int offset) {
    if (normalized == null) {
      return offset;
    }
    String text = normalized.text();
    boolean afterWord = offset > 0 && isLetterOrDigit(text.charAt(offset - 1));
    boolean beforeWord = offset < text.length() && isLetterOrDigit(text.charAt(offset));
    return afterWord && !beforeWord
        ? normalized.originalEnd(offset)
        : normalized.originalStart(offset);
  }

  /** {@link Character#isLetterOrDigit(char)}, from a table: it runs twice per token offset. */
  private static boolean isLetterOrDigit(char c) {
    return (LETTER_OR_DIGIT[c >>> 6] & (1L << c)) != 0;
  }

  private static long[] letterOrDigitBits() {
    long[] bits = new long[BMP / Long.SIZE];
    for (int c = 0; c < BMP; c++) {
      if (Character.isLetterOrDigit((char) c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** The whole input, read straight into one growing array (no StringBuilder copy). */
  private String readAll() throws IOException {
    char[] chars = new char[READ_CHUNK];
    int length = 0;
    for (int n = input.read(chars, 0, chars.length); n != -1; ) {
      length += n;
      if (length == chars.length) {
        chars = Arrays.copyOf(chars, chars.length * 2);
      }
      n = input.read(chars, length, chars.length - length);
    }
    return new String(chars, 0, length);
  }
}
