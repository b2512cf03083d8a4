package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Runs an analyzer over text and folds every token into a checksum, so the JIT cannot drop the work
 * being measured.
 */
final class TokenSink {
  private long checksum;

  void consume(Analyzer analyzer, String text) {
    try (TokenStream tokens = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        checksum = 31 * checksum + term.length();
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void consume(Object value) {
    checksum = 31 * checksum + value.hashCode();
  }

  long checksum() {
    return checksum;
  }
}
