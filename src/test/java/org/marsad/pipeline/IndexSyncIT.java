package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.store.SqliteStore;

class IndexSyncIT {
  @TempDir Path data;
  private SqliteStore store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(data);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Article article(String url, String title, String body) {
    return new Article(
        0,
        url,
        null,
        0,
        "المصدر",
        title,
        body,
        null,
        Instant.parse("2024-03-01T10:00:00Z"),
        null,
        null,
        null,
        List.of());
  }

  private static List<String> titles(ArticleIndex index, String query) {
    return index.search(SearchRequest.of(query)).hits().stream().map(SearchHit::url).toList();
  }

  @Test
  void catchUpIndexesNewArticlesAndUpdatesOfOldOnes() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت أسعار النفط اليوم."));
    store.upsert(article("https://a.example/2", "مباراة القمة", "فاز الفريق بهدفين."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      IndexSync sync = new IndexSync(store, index);
      assertThat(sync.catchUp()).isEqualTo(2);
      assertThat(sync.catchUp()).as("nothing changed since").isZero();

      store.upsert(article("https://a.example/1", "تراجع أسعار النفط", "هبطت أسعار الذهب."));
      assertThat(sync.catchUp()).isEqualTo(1);
      assertThat(titles(index, "الذهب")).containsExactly("https://a.example/1");
      assertThat(index.size()).isEqualTo(2);
    }
  }

  @Test
  void aRestartedIndexResumesFromItsCommittedCursor() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت أسعار النفط."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      new IndexSync(store, index).catchUp();
    }
    store.upsert(article("https://a.example/3", "انتخابات تونس", "أدلى الناخبون بأصواتهم."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      assertThat(new IndexSync(store, index).catchUp()).isEqualTo(1);
      assertThat(titles(index, "الناخبون")).containsExactly("https://a.example/3");
    }
  }

  @Test
  void rebuildReplacesTheIndexWithTheStoreAndKeepsTheCursor() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت أسعار النفط."));
    store.upsert(article("https://a.example/2", "مباراة القمة", "فاز الفريق."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      IndexSync sync = new IndexSync(store, index);
      index.update(article("https://stale.example/", "قديم", "مقال ليس في المخزن").withId(99));
      index.commit();
      assertThat(sync.rebuild()).isEqualTo(2);
      assertThat(titles(index, "قديم")).isEmpty();
      assertThat(sync.catchUp()).as("the rebuild recorded the store's cursor").isZero();
    }
  }
}
