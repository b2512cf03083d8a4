package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;

/**
 * Searches on a commit share its highlighter and facet state: highlighting makes no reader per hit
 * (Lucene's weight-matches path registered a FilterLeafReader with the hit's segment, under a lock
 * all request threads shared), and highlights stay right when hits lie in different segments.
 */
class CommitSearcherTest {

  private static final List<String> QUERIES =
      List.of("باريس", "مؤتمر", "هطول مطر", "\"هطول مطر\"", "اعصار", "title:قطار", "ذهب OR مطر");

  @Test
  void highlightingRegistersNoReaderWithTheSegments() throws Exception {
    try (Directory directory = segmentPerArticle();
        DirectoryReader reader = DirectoryReader.open(directory)) {
      CommitSearcher searcher = commitSearcher(reader);
      ArticleSearcher articles = new ArticleSearcher(ArabicNewsAnalyzer.forQueries());
      for (String query : QUERIES) {
        assertThat(articles.search(searcher, SearchRequest.of(query)).hits())
            .as(query)
            .isNotEmpty();
      }
      assertThat(reader.leaves()).hasSizeGreaterThan(1);
      for (LeafReaderContext leaf : reader.leaves()) {
        assertThat(parentReaders(leaf.reader()))
            .extracting(parent -> parent == reader ? "the index's reader" : parent.getClass())
            .containsExactly("the index's reader");
      }
    }
  }

  @Test
  void hitsInEverySegmentGetTheHighlightsOfOneSegment() {
    try (ArticleIndex merged = ArticleIndex.inMemory();
        ArticleIndex split = ArticleIndex.inMemory()) {
      merged.addAll(FixtureArticles.ALL.iterator());
      merged.commit();
      for (Article article : FixtureArticles.ALL) {
        split.update(article);
        split.commit();
      }
      for (String query : QUERIES) {
        SearchRequest request = SearchRequest.of(query).withLimit(100);
        assertThat(split.search(request).hits()).as(query).isEqualTo(merged.search(request).hits());
      }
    }
  }

  private static Directory segmentPerArticle() throws IOException {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new ArabicNewsAnalyzer()))) {
      for (Article article : FixtureArticles.ALL) {
        writer.addDocument(ArticleDocuments.toDocument(new AnalyzedArticle(article, null)));
        writer.commit();
      }
    }
    return directory;
  }

  private static CommitSearcher commitSearcher(IndexReader reader) throws IOException {
    return (CommitSearcher)
        CommitSearcher.factory(new ArabicNewsAnalyzer()).newSearcher(reader, null);
  }

  /** The readers a segment knows wrap it (Lucene keeps them for cache eviction). */
  @SuppressWarnings("unchecked")
  private static Set<IndexReader> parentReaders(IndexReader segment) throws Exception {
    Field field = IndexReader.class.getDeclaredField("parentReaders");
    field.setAccessible(true);
    return Set.copyOf((Set<IndexReader>) field.get(segment));
  }
}
