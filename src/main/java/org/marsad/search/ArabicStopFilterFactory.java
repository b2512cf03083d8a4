package org.marsad.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes the stop filter of {@link ArabicNewsAnalyzer}: Lucene's Arabic stop words, normalized,
 * without the name {@code علي}.
 *
 * <p>For Solr's schema (the configset of {@code org.marsad.solr}): {@code <filter
 * name="marsadArabicStop"/>}.
 */
public final class ArabicStopFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know this filter by. */
  public static final String NAME = "marsadArabicStop";

  public ArabicStopFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters of " + NAME + ": " + args);
    }
  }

  /** For Lucene's service loader only. */
  public ArabicStopFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return ArabicNewsAnalyzer.stopFilter(input);
  }
}
