package org.marsad.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * How many documents hold each of many terms of one field, as {@link IndexReader#docFreq} counts
 * them (deleted documents included), in one pass per segment: the terms sorted, one {@link
 * TermsEnum} per segment seeking forward through them. {@code IndexReader.docFreq} opens a new enum
 * per term and segment and walks the terms dictionary from its root each time; for the thousands of
 * words of one related-articles call over some twenty segments that cost more than all the rest of
 * the call (a profile at 100,000 articles: half its time).
 */
final class TermCounts {
  private TermCounts() {}

  /** The document frequency of each term in {@code field}, 0 when no document holds it. */
  static Map<String, Integer> of(IndexReader reader, String field, Collection<String> terms)
      throws IOException {
    BytesRef[] sorted =
        terms.stream().distinct().map(BytesRef::new).sorted().toArray(BytesRef[]::new);
    int[] counts = new int[sorted.length];
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms leafTerms = leaf.reader().terms(field);
      if (leafTerms == null) {
        continue;
      }
      TermsEnum segment = leafTerms.iterator();
      for (int i = 0; i < sorted.length; i++) {
        if (segment.seekExact(sorted[i])) {
          counts[i] += segment.docFreq();
        }
      }
    }
    Map<String, Integer> byTerm = new HashMap<>(sorted.length * 2);
    for (int i = 0; i < sorted.length; i++) {
      byTerm.put(sorted[i].utf8ToString(), counts[i]);
    }
    return byTerm;
  }
}
