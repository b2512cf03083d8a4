package org.marsad.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link ArabicCliticFilter}. {@code wawVariant="true"} (the index chain) also indexes a word
 * starting with {@code و} without it; the query chain leaves it out (see {@link
 * ArabicNewsAnalyzer}).
 *
 * <p>For Solr's schema (the configset of {@code org.marsad.solr}): {@code <filter
 * name="marsadArabicClitic" wawVariant="true|false"/>}.
 */
public final class ArabicCliticFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know this filter by. */
  public static final String NAME = "marsadArabicClitic";

  private final boolean wawVariant;

  public ArabicCliticFilterFactory(Map<String, String> args) {
    super(args);
    wawVariant = getBoolean(args, "wawVariant", false);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters of " + NAME + ": " + args);
    }
  }

  /** For Lucene's service loader only. */
  public ArabicCliticFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new ArabicCliticFilter(input, wawVariant);
  }
}
