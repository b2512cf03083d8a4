package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;

class ResultCacheTest {
  private static final Article CAIRO_RAIN =
      FixtureArticles.article(
          90,
          "الأهرام",
          "2024-03-06T08:00:00Z",
          "أمطار غزيرة في القاهرة",
          "هطلت أمطار غزيرة على القاهرة صباح اليوم وتوقع خبراء الأرصاد استمرار المطر غدا.");

  @Test
  void aRepeatedSearchIsAnsweredFromTheCommitsCacheAndANewCommitSeesNewArticles() {
    try (ArticleIndex index = ArticleIndex.inMemory()) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit();
      SearchRequest rain = SearchRequest.of("مطر");
      SearchResult first = index.search(rain);
      assertThat(first.total()).isEqualTo(2);
      assertThat(index.search(rain)).as("the same commit's answer").isSameAs(first);
      assertThat(index.search(rain.withLimit(1)).hits())
          .as("another page is another request")
          .hasSize(1);

      index.update(CAIRO_RAIN);
      index.commit();
      SearchResult afterCommit = index.search(rain);
      assertThat(afterCommit.total()).as("matches after the commit").isEqualTo(3);
      assertThat(afterCommit.hits()).extracting(SearchHit::id).contains(90L);
    }
  }

  @Test
  void aNewCommitsSearcherIsWarmedWithThePreviousOnesLastSearches() throws Exception {
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new ArabicNewsAnalyzer()))) {
      for (Article article : FixtureArticles.ALL) {
        writer.addDocument(ArticleDocuments.toDocument(new AnalyzedArticle(article, null)));
      }
      writer.commit();
      SearcherFactory factory =
          CommitSearcher.factory(
              new ArabicNewsAnalyzer(),
              new ArticleSearcher(ArabicNewsAnalyzer.forQueries()),
              1_000);
      SearchRequest rain = SearchRequest.of("مطر");
      try (DirectoryReader first = DirectoryReader.open(directory)) {
        CommitSearcher before = (CommitSearcher) factory.newSearcher(first, null);
        assertThat(before.search(rain).total()).isEqualTo(2);
        writer.addDocument(ArticleDocuments.toDocument(new AnalyzedArticle(CAIRO_RAIN, null)));
        writer.commit();
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          CommitSearcher after = (CommitSearcher) factory.newSearcher(second, first);
          SearchResult warmed = after.results().get(rain);
          assertThat(warmed).as("the search warmed on the new commit").isNotNull();
          assertThat(warmed.total()).as("matches on the new commit").isEqualTo(3);
          assertThat(after.search(rain)).isSameAs(warmed);
        }
      }
    }
  }

  @Test
  void anIndexWithoutCacheSearchesEachTime(@TempDir Path dir) {
    try (ArticleIndex index = ArticleIndex.open(dir, 0)) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit();
      SearchResult first = index.search(SearchRequest.of("مطر"));
      SearchResult second = index.search(SearchRequest.of("مطر"));
      assertThat(second).isEqualTo(first).isNotSameAs(first);
    }
  }

  @Test
  void keepsTheMostRecentlyUsedWithinItsBoundOfHits() {
    ResultCache<SearchRequest, SearchResult> cache = ResultCache.ofSearches(25);
    SearchRequest a = SearchRequest.of("أ");
    SearchRequest b = SearchRequest.of("ب");
    SearchRequest c = SearchRequest.of("ج");
    cache.put(a, result(10)); // weight 11
    cache.put(b, result(10)); // 22 held
    assertThat(cache.get(a)).as("a, now the most recently used").isNotNull();
    cache.put(c, result(10)); // 33 > 25: b, the least recently used, goes
    assertThat(cache.get(b)).isNull();
    assertThat(cache.get(a)).isNotNull();
    assertThat(cache.get(c)).isNotNull();
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void aResultLargerThanTheWholeBoundIsNotKept() {
    ResultCache<SearchRequest, SearchResult> cache = ResultCache.ofSearches(25);
    cache.put(SearchRequest.of("أ"), result(5));
    cache.put(SearchRequest.of("كبير"), result(100));
    assertThat(cache.get(SearchRequest.of("كبير"))).isNull();
    assertThat(cache.get(SearchRequest.of("أ"))).as("not evicted for it").isNotNull();
    assertThat(ResultCache.ofSearches(0).size()).isZero();
  }

  private static SearchResult result(int hits) {
    List<SearchHit> list = new ArrayList<>();
    for (int i = 0; i < hits; i++) {
      Article a = FixtureArticles.ALL.get(i % FixtureArticles.ALL.size());
      list.add(
          new SearchHit(
              i,
              a.url(),
              a.title(),
              a.source(),
              Instant.parse("2024-03-05T00:00:00Z"),
              Snippet.EMPTY,
              Snippet.EMPTY,
              List.of()));
    }
    return new SearchResult(hits, list, SearchFacets.EMPTY, List.of());
  }
}
