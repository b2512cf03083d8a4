package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lowercases tokens exactly as Lucene's {@link LowerCaseFilter} does, from a table per BMP char:
 * Lucene's filter asks {@link Character#toLowerCase(int)} for every char, which showed up as a
 * fifth of the analyzer's time on Arabic news, where nearly no char has a lowercase. A token with a
 * surrogate (or a char whose lowercase is outside the BMP) is finished by Lucene's own code from
 * that char on.
 */
final class TableLowerCaseFilter extends TokenFilter {
  private static final int BMP = Character.MAX_VALUE + 1;

  /** {@code Character.toLowerCase(c)} for every BMP char that is not {@link #DELEGATED}. */
  private static final char[] LOWER = new char[BMP];

  /** A bit per char left to Lucene's code: surrogates, and chars lowercasing outside the BMP. */
  private static final long[] DELEGATED = new long[BMP / Long.SIZE];

  static {
    for (int c = 0; c < BMP; c++) {
      int lower = Character.toLowerCase(c);
      if (Character.isSurrogate((char) c) || lower >= BMP) {
        DELEGATED[c >>> 6] |= 1L << c;
        LOWER[c] = (char) c;
      } else {
        LOWER[c] = (char) lower;
      }
    }
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  TableLowerCaseFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if ((DELEGATED[c >>> 6] & (1L << c)) != 0) {
        CharacterUtils.toLowerCase(buffer, i, length);
        break;
      }
      buffer[i] = LOWER[c];
    }
    return true;
  }
}
