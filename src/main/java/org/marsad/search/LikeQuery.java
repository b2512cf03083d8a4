package org.marsad.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

/**
 * The query Lucene's {@link MoreLikeThis} makes of a text (its {@code like(Map)} with {@code
 * minTermFreq} and {@code minDocFreq} 1, {@code boost} on), clause for clause and in the same
 * order, ties included: each field's text analyzed, each word scored {@code tf * idf} by its
 * document frequency in that field, the best {@code maxQueryTerms} kept as boosted term clauses.
 * Only the counting differs: all the words of a field are counted at once ({@link TermCounts})
 * where {@code MoreLikeThis} asks {@link IndexReader#docFreq} word by word, a third of the cost of
 * finding an article's related articles.
 */
final class LikeQuery {
  private static final ClassicSimilarity IDF = new ClassicSimilarity();

  private LikeQuery() {}

  /**
   * @param text per field, the text to find more of
   * @param maxDocFreq words in more documents than this are left out
   */
  static Query of(
      IndexReader reader,
      Analyzer analyzer,
      Map<String, String> text,
      int maxQueryTerms,
      int maxDocFreq)
      throws IOException {
    // HashMaps filled as MoreLikeThis fills them (computeIfAbsent puts a key first in its bucket,
    // put last): their order decides which of equal scores stay.
    Map<String, Map<String, Integer>> frequencies = new HashMap<>();
    int words = 0;
    for (Map.Entry<String, String> field : text.entrySet()) {
      Map<String, Integer> tf = frequencies.computeIfAbsent(field.getKey(), k -> new HashMap<>());
      addTermFrequencies(analyzer, field.getKey(), field.getValue(), tf);
      words += tf.size();
    }
    int limit = Math.min(maxQueryTerms, words);
    ScoreQueue queue = new ScoreQueue(limit);
    for (Map.Entry<String, Map<String, Integer>> field : frequencies.entrySet()) {
      String name = field.getKey();
      long documents = reader.getDocCount(name);
      if (documents == -1) {
        documents = reader.numDocs();
      }
      Map<String, Integer> docFreqs = TermCounts.of(reader, name, field.getValue().keySet());
      for (Map.Entry<String, Integer> word : field.getValue().entrySet()) {
        int docFreq = docFreqs.get(word.getKey());
        if (docFreq == 0 || docFreq > maxDocFreq) {
          continue;
        }
        float score = word.getValue() * IDF.idf(docFreq, documents);
        if (queue.size() < limit) {
          queue.add(new ScoredTerm(new Term(name, word.getKey()), score));
        } else if (queue.top().score < score) {
          queue.top().set(new Term(name, word.getKey()), score);
          queue.updateTop();
        }
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    float first = -1;
    for (ScoredTerm scored = queue.pop(); scored != null; scored = queue.pop()) {
      if (first == -1) {
        first = scored.score;
      }
      query.add(
          new BoostQuery(new TermQuery(scored.term), scored.score / first),
          BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** Counts each word of {@code value} in {@code tf}, over at most MoreLikeThis's tokens parsed. */
  private static void addTermFrequencies(
      Analyzer analyzer, String field, String value, Map<String, Integer> tf) throws IOException {
    try (TokenStream tokens = analyzer.tokenStream(field, value)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      TermFrequencyAttribute frequency = tokens.addAttribute(TermFrequencyAttribute.class);
      tokens.reset();
      int parsed = 0;
      while (tokens.incrementToken() && ++parsed <= MoreLikeThis.DEFAULT_MAX_NUM_TOKENS_PARSED) {
        // get and put as MoreLikeThis does: merge grows the table at other sizes.
        String word = term.toString();
        Integer count = tf.get(word);
        tf.put(word, (count == null ? 0 : count) + frequency.getTermFrequency());
      }
      tokens.end();
    }
  }

  private static final class ScoredTerm {
    private Term term;
    private float score;

    ScoredTerm(Term term, float score) {
      set(term, score);
    }

    void set(Term term, float score) {
      this.term = term;
      this.score = score;
    }
  }

  /** The best terms so far, the least good on top (MoreLikeThis's {@code FreqQ}). */
  private static final class ScoreQueue extends PriorityQueue<ScoredTerm> {
    ScoreQueue(int size) {
      super(size);
    }

    @Override
    protected boolean lessThan(ScoredTerm a, ScoredTerm b) {
      return a.score < b.score;
    }
  }
}
