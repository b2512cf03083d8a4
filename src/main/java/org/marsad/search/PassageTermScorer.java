package org.marsad.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score, the same sum over the passage's distinct terms, without the {@code
 * BytesRefHash} Lucene's {@link PassageScorer#score} makes for every passage it scores: that hash
 * allocates and zeroes a 32 KB block on its first term, and with every sentence of every hit's body
 * scored, it was a fifth of the search API's CPU under 50 clients (JFR of {@code marsad bench
 * --only load}). A passage holds the few distinct terms of one query, so they are looked up in a
 * small array instead.
 */
final class PassageTermScorer extends PassageScorer {

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = new BytesRef[matches];
    int[] freqInPassage = new int[matches];
    int[] freqInDoc = new int[matches];
    int distinct = 0;
    for (int i = 0; i < matches; i++) {
      BytesRef term = passage.getMatchTerms()[i];
      int t = 0;
      while (t < distinct && !terms[t].bytesEquals(term)) {
        t++;
      }
      if (t == distinct) {
        terms[t] = term;
        freqInDoc[t] = passage.getMatchTermFreqsInDoc()[i];
        distinct++;
      }
      freqInPassage[t]++;
    }
    double score = 0d;
    for (int t = 0; t < distinct; t++) {
      score += tf(freqInPassage[t], passage.getLength()) * weight(contentLength, freqInDoc[t]);
    }
    return (float) (score * norm(passage.getStartOffset()));
  }
}
