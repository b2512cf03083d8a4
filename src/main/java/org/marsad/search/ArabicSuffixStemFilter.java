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

  /** A bit per char that ends one of the stemmer's suffixes. */
  private static final long[] SUFFIX_ENDS = suffixEnds();

  /** The stemmer keeps 2 letters, and its shortest suffix has 1. */
  private static final int MIN_STEMMED_LENGTH = 3;

  ArabicSuffixStemFilter(TokenStream input) {
    super(input);
  }

  /**
   * Whether the stemmer could change the token: most tokens end in a letter that ends no suffix,
   * and the stemmer tries every suffix in turn, so the one-char check saves its loop.
   */
  private static boolean mayEndWithSuffix(char[] term, int length) {
    if (length < MIN_STEMMED_LENGTH) {
      return false;
    }
    char last = term[length - 1];
    return (SUFFIX_ENDS[last >>> 6] & (1L << last)) != 0;
  }

  private static long[] suffixEnds() {
    long[] bits = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    for (char[] suffix : ArabicStemmer.suffixes) {
      char last = suffix[suffix.length - 1];
      bits[last >>> 6] |= 1L << last;
    }
    return bits;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword() && mayEndWithSuffix(term.buffer(), term.length())) {
      term.setLength(stemmer.stemSuffix(term.buffer(), term.length()));
    }
    return true;
  }
}
