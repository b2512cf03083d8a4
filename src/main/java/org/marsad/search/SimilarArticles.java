package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Finds the indexed articles most like a text with Lucene's MoreLikeThis query ({@link LikeQuery}):
 * the text's most distinctive words (by TF-IDF, through Marsad's query analyzer) become one
 * disjunction over titles and bodies, with what must be left out as exclusions in the same query,
 * so the index never ranks them. Also counts how many articles hold given words, for callers that
 * score with their own TF-IDF ({@code story.ArticleSimilarity}) but want the index's document
 * frequencies. Its limits are public for the other backends, which build the same query from their
 * own statistics. Thread-safe.
 */
public final class SimilarArticles {
  /** The text's most distinctive words that the query keeps. */
  public static final int MAX_QUERY_TERMS = 40;

  /** A word in more than this share of the articles says nothing about the topic. */
  public static final int MAX_DOC_FREQ_PERCENT = 10;

  /** ...except in a small index, where every word is in a large share of a few articles. */
  public static final int MIN_MAX_DOC_FREQ = 5;

  private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);

  private final Analyzer analyzer;

  SimilarArticles(Analyzer queryAnalyzer) {
    this.analyzer = queryAnalyzer;
  }

  List<SimilarDoc> find(IndexSearcher searcher, SimilarQuery query) throws IOException {
    Map<String, String> text = new LinkedHashMap<>();
    addField(text, ArticleFields.TITLE, query.title());
    addField(text, ArticleFields.BODY, query.body());
    if (text.isEmpty()) {
      return List.of();
    }
    IndexReader reader = searcher.getIndexReader();
    // A headline says each word once; a word in one other article may be the very one wanted.
    Query like =
        LikeQuery.of(
            reader,
            analyzer,
            text,
            MAX_QUERY_TERMS,
            Math.max(MIN_MAX_DOC_FREQ, reader.numDocs() / 100 * MAX_DOC_FREQ_PERCENT));
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST);
    if (query.excludedId() > 0) {
      builder.add(
          new TermQuery(ArticleDocuments.idTerm(query.excludedId())), BooleanClause.Occur.MUST_NOT);
    }
    exclude(builder, ArticleFields.COPIES_KEY, query.excludedCopiesKeys());
    exclude(builder, ArticleFields.STORY, query.excludedStories());
    return docs(searcher, searcher.search(builder.build(), query.limit()).scoreDocs);
  }

  private static void addField(Map<String, String> text, String field, String value) {
    if (value != null && !value.isBlank()) {
      text.put(field, value);
    }
  }

  private static void exclude(BooleanQuery.Builder builder, String field, Collection<Long> values) {
    if (!values.isEmpty()) {
      long[] points = values.stream().mapToLong(Long::longValue).toArray();
      builder.add(LongPoint.newSetQuery(field, points), BooleanClause.Occur.MUST_NOT);
    }
  }

  private static List<SimilarDoc> docs(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    StoredFields stored = searcher.storedFields();
    List<SimilarDoc> docs = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      int doc = hit.doc - leaf.docBase;
      long id = Long.parseLong(stored.document(hit.doc, ID_ONLY).get(ArticleFields.ID));
      docs.add(
          new SimilarDoc(
              id,
              hit.score,
              value(leaf, ArticleFields.STORY, doc, 0),
              value(leaf, ArticleFields.COPIES_KEY, doc, -id)));
    }
    return docs;
  }

  private static long value(LeafReaderContext leaf, String field, int doc, long missing)
      throws IOException {
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    return values.advanceExact(doc) ? values.longValue() : missing;
  }

  /**
   * How many articles hold each word, as the index reads it: the word goes through the query
   * analyzer and is counted by its stem, in titles or bodies, whichever holds it more often. A stem
   * covers several words, so a count errs high (a word looks more common than it is), never low; a
   * stop word, which has no stem, counts as in every article.
   */
  DocumentFrequencies count(IndexReader reader, Collection<String> words) throws IOException {
    Map<String, List<String>> stems = new HashMap<>(words.size() * 2);
    for (String word : words) {
      stems.computeIfAbsent(word, this::stems);
    }
    List<String> all = stems.values().stream().flatMap(List::stream).toList();
    Map<String, Integer> inTitles = TermCounts.of(reader, ArticleFields.TITLE, all);
    Map<String, Integer> inBodies = TermCounts.of(reader, ArticleFields.BODY, all);
    Map<String, Integer> byWord = new HashMap<>(stems.size() * 2);
    stems.forEach(
        (word, wordStems) -> {
          int frequency = wordStems.isEmpty() ? reader.numDocs() : 0;
          for (String stem : wordStems) {
            frequency = Math.max(frequency, Math.max(inTitles.get(stem), inBodies.get(stem)));
          }
          byWord.put(word, frequency);
        });
    return new DocumentFrequencies(reader.numDocs(), byWord);
  }

  /** What the query analyzer makes of one word: its stems, none for a stop word. */
  private List<String> stems(String word) {
    try (TokenStream tokens = analyzer.tokenStream(ArticleFields.BODY, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      List<String> stems = new ArrayList<>(1);
      while (tokens.incrementToken()) {
        stems.add(term.toString());
      }
      tokens.end();
      return stems;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyze '" + word + "'", e);
    }
  }
}
