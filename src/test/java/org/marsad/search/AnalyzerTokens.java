package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A token with its offsets, as an analyzer produced it. */
record AnalyzerTokens(String term, int start, int end) {

  static List<AnalyzerTokens> of(Analyzer analyzer, String text) throws IOException {
    List<AnalyzerTokens> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(new AnalyzerTokens(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    }
    return tokens;
  }

  static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return of(analyzer, text).stream().map(AnalyzerTokens::term).toList();
  }

  static List<String> surfaces(Analyzer analyzer, String text) throws IOException {
    return of(analyzer, text).stream().map(t -> text.substring(t.start(), t.end())).toList();
  }
}
