package org.marsad.text;

/**
 * Collapses each run of whitespace to one char: {@code '\n'} when the run holds a line break,
 * otherwise one ASCII space. Keeps line structure for readers of the normalized text while making
 * spacing irrelevant to matching.
 *
 * <p>Whitespace is every char Java calls whitespace or a space separator: ASCII space, tab, line
 * feed, carriage return, form feed, U+000B, U+001C–U+001F, U+0085, NBSP U+00A0, U+1680,
 * U+2000–U+200A (en/em/thin/hair spaces), narrow NBSP U+202F, U+205F, U+3000, line and paragraph
 * separators U+2028, U+2029. Example: {@code "قال\u00A0 \u2009الوزير"} to {@code "قال الوزير"}. The
 * run's output char keeps the index of the run's first char. Leading and trailing whitespace is
 * collapsed, not removed, so that offsets at both ends stay exact.
 */
public final class WhitespaceRule implements NormalizationRule {
  private static final char NEXT_LINE = '\u0085';
  private static final char LINE_TABULATION = '\u000B';
  private static final char LINE_SEPARATOR = '\u2028';
  private static final char PARAGRAPH_SEPARATOR = '\u2029';
  private static final long[] WHITESPACE = buildWhitespaceBits();

  @Override
  public String name() {
    return "whitespace";
  }

  @Override
  public int apply(AlignedChars in, AlignedChars out) {
    out.reserve(in.length);
    char[] src = in.chars;
    char[] dst = out.chars;
    int[] dstOrigins = out.origins;
    int n = out.length;
    int changed = 0;
    int i = 0;
    while (i < in.length) {
      char c = src[i];
      if (!isWhitespace(c)) {
        dst[n] = c;
        dstOrigins[n++] = in.origins[i];
        i++;
        continue;
      }
      int start = i;
      boolean lineBreak = false;
      while (i < in.length && isWhitespace(src[i])) {
        lineBreak |= isLineBreak(src[i]);
        i++;
      }
      char collapsed = lineBreak ? '\n' : ' ';
      dst[n] = collapsed;
      dstOrigins[n++] = in.origins[start];
      if (i - start > 1 || c != collapsed) {
        changed += i - start;
      }
    }
    out.length = n;
    return changed;
  }

  /** Whether {@code c} is whitespace by the definition above (a bit per BMP char). */
  static boolean isWhitespace(char c) {
    return (WHITESPACE[c >>> 6] & (1L << c)) != 0;
  }

  private static long[] buildWhitespaceBits() {
    long[] bits = new long[0x10000 / Long.SIZE];
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      if (c == NEXT_LINE || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** Whether {@code c} is one of the whitespace chars that make a collapsed run a line break. */
  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\f'
        || c == LINE_TABULATION
        || c == NEXT_LINE
        || c == LINE_SEPARATOR
        || c == PARAGRAPH_SEPARATOR;
  }
}
