package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light suffix stemming for search recall: Lucene's Light-10 suffixes ({@code ها ان ات ون ين يه ه
 * ي}, with 2 letters kept). Only the suffix half of Lucene's ArabicStemmer: prefixes are handled by
 * {@link ArabicCliticFilter}, which knows the compound forms ({@code ولل}) and the length bounds.
 */
final class ArabicSuffixStemFilter extends TokenFilter {
  private final ArabicStemmer stemmer = new ArabicStemmer();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  ArabicSuffixStemFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      term.setLength(stemmer.stemSuffix(term.buffer(), term.length()));
    }
    return true;
  }
}
