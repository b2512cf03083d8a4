package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;

/** The index on disk: reopening, the commit checkpoint, a read-only reader beside the writer. */
class ArticleIndexIT {

  @TempDir Path data;

  private Path dir() {
    return ArticleIndex.pathIn(data);
  }

  private static List<Long> ids(ArticleIndex index, String query) {
    return index.search(SearchRequest.of(query).withLimit(100)).hits().stream()
        .map(SearchHit::id)
        .toList();
  }

  @Test
  void indexSurvivesReopenWithItsCheckpoint() {
    try (ArticleIndex index = ArticleIndex.open(dir())) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit(7);
    }
    try (ArticleIndex reopened = ArticleIndex.open(dir())) {
      assertThat(reopened.size()).isEqualTo(FixtureArticles.ALL.size());
      assertThat(reopened.storeCursor()).isEqualTo(7);
      assertThat(ids(reopened, "باريس")).containsExactly(1L, 7L);
      reopened.update(FixtureArticles.article(12, "x", null, "زلزال", "زلزال"));
    }
    try (ArticleIndex again = ArticleIndex.open(dir())) {
      assertThat(again.storeCursor()).as("close keeps the last cursor").isEqualTo(7);
      assertThat(ids(again, "زلزال")).containsExactly(12L);
    }
  }

  @Test
  void readOnlyIndexSeesNewCommitsAfterRefreshAndRefusesWrites() {
    try (ArticleIndex writer = ArticleIndex.open(dir())) {
      writer.update(FixtureArticles.PARIS_CONFERENCE);
      writer.commit(1);
      try (ArticleIndex reader = ArticleIndex.openReadOnly(dir())) {
        assertThat(ids(reader, "باريس")).containsExactly(1L);
        assertThat(reader.storeCursor()).isEqualTo(1);
        writer.update(FixtureArticles.PARIS_FIRE);
        writer.commit();
        assertThat(ids(reader, "باريس")).containsExactly(1L);
        reader.refresh();
        assertThat(ids(reader, "باريس")).containsExactly(1L, 7L);
        writer.delete(7);
        writer.commit(2);
        assertThat(reader.storeCursor()).as("before the refresh").isEqualTo(1);
        reader.refresh();
        assertThat(reader.storeCursor()).as("the refreshed commit's cursor").isEqualTo(2);
        assertThatThrownBy(() -> reader.delete(1))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("read-only");
      }
    }
  }

  @Test
  void readOnlyOpenOfAMissingIndexSaysSo() {
    assertThatThrownBy(() -> ArticleIndex.openReadOnly(dir()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no search index in " + dir());
  }

  @Test
  void rebuildIsDurable() {
    try (ArticleIndex index = ArticleIndex.open(dir())) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit();
      assertThat(
              index.rebuild(
                  List.of(new AnalyzedArticle(FixtureArticles.GOLD_PRICE, null)).iterator(),
                  () -> 4))
          .isEqualTo(1);
    }
    try (ArticleIndex reopened = ArticleIndex.open(dir())) {
      assertThat(reopened.size()).isEqualTo(1);
      assertThat(reopened.storeCursor()).isEqualTo(4);
    }
  }

  @Test
  void failedRebuildKeepsThePreviousContents() {
    Iterator<AnalyzedArticle> failing =
        Stream.<Supplier<AnalyzedArticle>>of(
                () -> new AnalyzedArticle(FixtureArticles.GOLD_PRICE, null),
                () -> {
                  throw new IllegalStateException("store cursor broke");
                })
            .map(Supplier::get)
            .iterator();
    try (ArticleIndex index = ArticleIndex.open(dir())) {
      index.addAll(FixtureArticles.ALL.iterator());
      index.commit(7);
      assertThatThrownBy(() -> index.rebuild(failing, () -> 99))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("store cursor broke");
      assertThat(ids(index, "باريس")).as("searches still work").containsExactly(1L, 7L);
      assertThatThrownBy(() -> index.delete(1)).hasMessageContaining("reopen");
    }
    try (ArticleIndex reopened = ArticleIndex.open(dir())) {
      assertThat(reopened.size()).isEqualTo(FixtureArticles.ALL.size());
      assertThat(reopened.storeCursor()).isEqualTo(7);
    }
  }
}
