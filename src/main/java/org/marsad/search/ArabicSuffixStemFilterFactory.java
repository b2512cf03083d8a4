package org.marsad.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link ArabicSuffixStemFilter}, the last step of the stemmed chains.
 *
 * <p>For Solr's schema (the configset of {@code org.marsad.solr}): {@code <filter
 * name="marsadArabicSuffixStem"/>}.
 */
public final class ArabicSuffixStemFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know this filter by. */
  public static final String NAME = "marsadArabicSuffixStem";

  public ArabicSuffixStemFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters of " + NAME + ": " + args);
    }
  }

  /** For Lucene's service loader only. */
  public ArabicSuffixStemFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicSuffixStemFilter(input);
  }
}
