package org.marsad.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;

/**
 * PLACEHOLDER: Marsad's Arabic analyzer for news. The public surface (a no-argument constructor, an
 * Analyzer for indexing, {@link #forQueries()} for the query-time chain) is the contract.
 */
public final class ArabicNewsAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    org.apache.lucene.analysis.standard.StandardTokenizer source =
        new org.apache.lucene.analysis.standard.StandardTokenizer();
    return new TokenStreamComponents(
        source, new org.apache.lucene.analysis.ar.ArabicNormalizationFilter(source));
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return reader;
  }

  /** The query-time chain. */
  public static Analyzer forQueries() {
    return new ArabicAnalyzer();
  }
}
