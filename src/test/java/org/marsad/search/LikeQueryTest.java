package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;

/**
 * The related articles' candidate query counts document frequencies in one sorted pass per segment
 * ({@link TermCounts}) yet stays Lucene's MoreLikeThis query: the same counts as {@code
 * IndexReader.docFreq} for every term of a many-segment index with a deleted document, and the same
 * query, clause for clause and in order (ties included), for every fixture article.
 */
class LikeQueryTest {
  private static final Analyzer QUERIES = ArabicNewsAnalyzer.forQueries();

  @Test
  void countsEveryTermAsIndexReaderDocFreqDoes() throws IOException {
    try (Directory directory = segmentPerArticle();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      assertThat(reader.leaves()).hasSizeGreaterThan(5);
      assertThat(reader.numDeletedDocs()).isPositive();
      for (String field : List.of(ArticleFields.TITLE, ArticleFields.BODY)) {
        Set<String> terms = termsOf(reader, field);
        terms.add("كلمةغائبة");
        Map<String, Integer> counted = TermCounts.of(reader, field, terms);
        assertThat(counted).hasSameSizeAs(terms);
        for (String term : terms) {
          assertThat(counted.get(term))
              .as("%s:%s", field, term)
              .isEqualTo(reader.docFreq(new Term(field, term)));
        }
      }
    }
  }

  @Test
  void buildsMoreLikeThissQueryClauseForClause() throws IOException {
    try (Directory directory = segmentPerArticle();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      for (Article article : FixtureArticles.ALL) {
        for (int maxDocFreq : List.of(1, 2, 100)) {
          Map<String, String> text = new LinkedHashMap<>();
          text.put(ArticleFields.TITLE, article.title());
          text.put(ArticleFields.BODY, article.body());
          assertThat(LikeQuery.of(reader, QUERIES, text, 5, maxDocFreq).toString())
              .as("article %d, maxDocFreq %d", article.id(), maxDocFreq)
              .isEqualTo(moreLikeThis(reader, article, 5, maxDocFreq).toString());
        }
      }
    }
  }

  private static org.apache.lucene.search.Query moreLikeThis(
      DirectoryReader reader, Article article, int maxQueryTerms, int maxDocFreq)
      throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setAnalyzer(QUERIES);
    mlt.setFieldNames(new String[] {ArticleFields.TITLE, ArticleFields.BODY});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMaxDocFreq(maxDocFreq);
    mlt.setMaxQueryTerms(maxQueryTerms);
    mlt.setBoost(true);
    Map<String, Collection<Object>> text = new HashMap<>();
    text.put(ArticleFields.TITLE, List.of(article.title()));
    text.put(ArticleFields.BODY, List.of(article.body()));
    return mlt.like(text);
  }

  private static Set<String> termsOf(DirectoryReader reader, String field) throws IOException {
    Set<String> terms = new TreeSet<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      TermsEnum all = leaf.reader().terms(field).iterator();
      for (var term = all.next(); term != null; term = all.next()) {
        terms.add(term.utf8ToString());
      }
    }
    return terms;
  }

  /**
   * The fixtures a segment each (the first two together), the first deleted: docFreq still counts
   * it, and so must we.
   */
  private static Directory segmentPerArticle() throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(
            directory,
            new IndexWriterConfig(new ArabicNewsAnalyzer())
                .setMergePolicy(NoMergePolicy.INSTANCE))) {
      for (Article article : FixtureArticles.ALL) {
        writer.addDocument(ArticleDocuments.toDocument(new AnalyzedArticle(article, null)));
        if (article != FixtureArticles.ALL.get(0)) {
          writer.commit();
        }
      }
      writer.deleteDocuments(ArticleDocuments.idTerm(FixtureArticles.ALL.get(0).id()));
      writer.commit();
    }
    return directory;
  }
}
