package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Removes Arabic proclitics with {@link ArabicCliticStripper}, from tokens not marked as keywords.
 *
 * <p>The article forms are always removed. A leading {@code و} is ambiguous (conjunction in {@code
 * ومصر}, root letter in {@code وزير}); with {@code indexWawVariant} (the index-time chain) such a
 * token is followed by a second token without the {@code و}, at the same position and offsets, so
 * that a query for {@code مصر} finds {@code ومصر} and a query for {@code وزير} finds {@code ووزير},
 * while {@code وزير} itself is still indexed as {@code وزير}. Queries never get the variant: it
 * would let {@code وطني} match {@code طن}.
 */
final class ArabicCliticFilter extends TokenFilter {
  private final ArabicCliticStripper stripper = new ArabicCliticStripper();
  private final boolean indexWawVariant;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private State withWaw;

  ArabicCliticFilter(TokenStream input, boolean indexWawVariant) {
    super(input);
    this.indexWawVariant = indexWawVariant;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (withWaw != null) {
      restoreState(withWaw);
      withWaw = null;
      char[] buffer = term.buffer();
      System.arraycopy(buffer, 1, buffer, 0, term.length() - 1);
      term.setLength(term.length() - 1);
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stripper.stripArticle(term.buffer(), term.length()));
      if (indexWawVariant && stripper.startsWithConjunctionWaw(term.buffer(), term.length())) {
        withWaw = captureState();
      }
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    withWaw = null;
  }
}
