package org.marsad.search;

import java.util.Map;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Makes {@link TableLowerCaseFilter}: Marsad's lower-casing, applied to query terms of every kind
 * (prefix and wildcard too).
 *
 * <p>For Solr's schema (the configset of {@code org.marsad.solr}): {@code <filter
 * name="marsadLowerCase"/>}.
 */
public final class TableLowerCaseFilterFactory extends TokenFilterFactory {

  /** The name Solr's schema and Lucene's {@code CustomAnalyzer} know this filter by. */
  public static final String NAME = "marsadLowerCase";

  public TableLowerCaseFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters of " + NAME + ": " + args);
    }
  }

  /** For Lucene's service loader only. */
  public TableLowerCaseFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new TableLowerCaseFilter(input);
  }

  @Override
  public TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
