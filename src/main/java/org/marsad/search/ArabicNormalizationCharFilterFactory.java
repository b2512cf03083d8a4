package org.marsad.search;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.marsad.text.ArabicNormalizer;

/**
 * Makes {@link ArabicNormalizationCharFilter} with the standard normalizer, the first step of every
 * chain of {@link ArabicNewsAnalyzer}; applied to query terms of every kind (prefix and wildcard
 * too).
 *
 * <p>For Solr's schema (the configset of {@code org.marsad.solr}): {@code <charFilter
 * name="marsadArabicNormalization"/>}.
 */
public final class ArabicNormalizationCharFilterFactory extends CharFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know this char filter by. */
  public static final String NAME = "marsadArabicNormalization";

  public ArabicNormalizationCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters of " + NAME + ": " + args);
    }
  }

  /** For Lucene's service loader only. */
  public ArabicNormalizationCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new ArabicNormalizationCharFilter(input, ArabicNormalizer.standard());
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
