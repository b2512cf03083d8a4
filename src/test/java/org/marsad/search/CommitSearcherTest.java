package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
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

  /**
   * A hit's stored fields are read once: the highlighter draws on the values read for the hit
   * (reading them twice decompressed every hit's stored-field block twice).
   */
  @Test
  void eachHitsStoredFieldsAreReadOnce() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    try (Directory directory = segmentPerArticle();
        DirectoryReader reader = new CountingStoredFields(DirectoryReader.open(directory), reads)) {
      CommitSearcher searcher = commitSearcher(reader);
      ArticleSearcher articles = new ArticleSearcher(ArabicNewsAnalyzer.forQueries());
      for (String query : QUERIES) {
        reads.set(0);
        SearchResult result = articles.search(searcher, SearchRequest.of(query).withFacets(false));
        assertThat(result.hits()).as(query).isNotEmpty();
        assertThat(reads.get()).as(query).isEqualTo(result.hits().size());
      }
    }
  }

  /** Counts the stored-field documents read through it. */
  private static final class CountingStoredFields extends FilterDirectoryReader {
    private final AtomicInteger reads;

    CountingStoredFields(DirectoryReader in, AtomicInteger reads) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader leaf) {
              return new FilterLeafReader(leaf) {
                @Override
                public StoredFields storedFields() throws IOException {
                  StoredFields stored = in.storedFields();
                  return new StoredFields() {
                    @Override
                    public void document(int doc, StoredFieldVisitor visitor) throws IOException {
                      reads.incrementAndGet();
                      stored.document(doc, visitor);
                    }
                  };
                }

                @Override
                public CacheHelper getCoreCacheHelper() {
                  return in.getCoreCacheHelper();
                }

                @Override
                public CacheHelper getReaderCacheHelper() {
                  return in.getReaderCacheHelper();
                }
              };
            }
          });
      this.reads = reads;
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new CountingStoredFields(in, reads);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
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
        CommitSearcher.factory(
                new ArabicNewsAnalyzer(), new ArticleSearcher(ArabicNewsAnalyzer.forQueries()), 0)
            .newSearcher(reader, null);
  }

  /** The readers a segment knows wrap it (Lucene keeps them for cache eviction). */
  @SuppressWarnings("unchecked")
  private static Set<IndexReader> parentReaders(IndexReader segment) throws Exception {
    Field field = IndexReader.class.getDeclaredField("parentReaders");
    field.setAccessible(true);
    return Set.copyOf((Set<IndexReader>) field.get(segment));
  }
}
