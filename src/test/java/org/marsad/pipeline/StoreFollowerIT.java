package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.config.MarsadConfig;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.search.ArticleIndex;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchRequest;
import org.marsad.store.SqliteStore;

class StoreFollowerIT {
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
      StoreFollower sync = Engine.follower(store, index, MarsadConfig.defaults());
      assertThat(sync.catchUp()).isEqualTo(2);
      assertThat(sync.catchUp()).as("nothing changed since").isZero();

      store.upsert(article("https://a.example/1", "تراجع أسعار النفط", "هبطت أسعار الذهب."));
      assertThat(sync.catchUp()).isEqualTo(1);
      assertThat(titles(index, "الذهب")).containsExactly("https://a.example/1");
      assertThat(index.size()).isEqualTo(2);
    }
  }

  private static final String WIRE =
      "أعلن مجلس الوزراء في جلسته الأسبوعية اليوم الموافقة على نظام جديد للاستثمار يهدف إلى"
          + " تحسين بيئة الأعمال وجذب رؤوس الأموال الأجنبية، وأوضح وزير الإعلام أن النظام يمنح"
          + " المستثمرين ضمانات قانونية أوسع ويختصر إجراءات الترخيص إلى أسبوعين بدلا من ثلاثة أشهر.";

  @Test
  void aCopyOfAnArticleTheDetectorForgotJoinsItsGroupThroughTheIndex() {
    // the detector keeps 2 articles: the original is long forgotten when its copy comes
    MarsadConfig config = MarsadConfig.defaults().with("dedup.max-articles", "2");
    long original = store.upsert(article("https://wire.example/1", "نظام الاستثمار", WIRE)).id();
    long copyOfCopy =
        store.upsert(article("https://other.example/1", "نظام الاستثمار", WIRE + " (وكالات)")).id();
    for (int i = 0; i < 4; i++) {
      store.upsert(article("https://a.example/" + i, "خبر رقم " + i, "نص مختلف رقم " + i));
    }
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      StoreFollower sync = Engine.follower(store, index, config);
      sync.catchUp();
      long copy =
          store.upsert(article("https://late.example/1", "مجلس الوزراء يقر النظام", WIRE)).id();
      sync.catchUp();

      Map<Long, ArticleAnalysis> analyses = store.analyses(List.of(original, copyOfCopy, copy));
      assertThat(analyses.get(copyOfCopy).duplicateGroup()).isEqualTo(original);
      assertThat(analyses.get(copy).duplicateGroup())
          .as("found on record, not in the detector's memory")
          .isEqualTo(original);
      assertThat(analyses.get(copy).story()).isEqualTo(analyses.get(original).story());
    }
  }

  @Test
  void aRestartedIndexResumesFromItsCommittedCursor() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت أسعار النفط."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      Engine.follower(store, index, MarsadConfig.defaults()).catchUp();
    }
    store.upsert(article("https://a.example/3", "انتخابات تونس", "أدلى الناخبون بأصواتهم."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      assertThat(Engine.follower(store, index, MarsadConfig.defaults()).catchUp()).isEqualTo(1);
      assertThat(titles(index, "الناخبون")).containsExactly("https://a.example/3");
    }
  }

  @Test
  void rebuildReplacesTheIndexWithTheStoreAndKeepsTheCursor() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت أسعار النفط."));
    store.upsert(article("https://a.example/2", "مباراة القمة", "فاز الفريق."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      StoreFollower sync = Engine.follower(store, index, MarsadConfig.defaults());
      index.update(article("https://stale.example/", "قديم", "مقال ليس في المخزن").withId(99));
      index.commit();
      assertThat(sync.rebuild()).isEqualTo(2);
      assertThat(titles(index, "قديم")).isEmpty();
      assertThat(sync.catchUp()).as("the rebuild recorded the store's cursor").isZero();
    }
  }

  /** A stage that numbers what it sees, remembering each article's analysis as it came in. */
  private static final class CountingStage implements ArticleStage {
    final List<String> seen = new java.util.ArrayList<>();
    final List<String> recalled = new java.util.ArrayList<>();
    long next = 100;

    @Override
    public void recall(List<AnalyzedArticle> page) {
      page.forEach(a -> recalled.add(a.article().url() + " story " + a.analysis().story()));
    }

    @Override
    public List<AnalyzedArticle> process(List<AnalyzedArticle> page) {
      return page.stream()
          .map(
              a -> {
                seen.add(a.article().url() + " story " + a.analysis().story());
                return a.with(a.analysis().withStory(next++));
              })
          .toList();
    }
  }

  @Test
  void stagesSeeEveryChangeInOrderWithWhatTheyConcludedBeforeAndTheirConclusionsAreStored() {
    long first =
        store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت الأسعار.")).id();
    store.upsert(article("https://a.example/2", "مباراة القمة", "فاز الفريق بهدفين."));
    CountingStage stage = new CountingStage();
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      StoreFollower follower = new StoreFollower(store, index, stage, 0);
      follower.catchUp();
      assertThat(store.analyses(List.of(first))).containsEntry(first, new ArticleAnalysis(0, 100));

      store.upsert(article("https://a.example/1", "تراجع أسعار النفط", "هبطت الأسعار."));
      follower.catchUp();
    }
    assertThat(stage.seen)
        .containsExactly(
            "https://a.example/1 story 0",
            "https://a.example/2 story 0",
            "https://a.example/1 story 100");
    assertThat(store.analyses(List.of(first, 999L)))
        .as("the update's conclusion replaced the first; an unknown id has none")
        .containsOnlyKeys(first)
        .containsEntry(first, new ArticleAnalysis(0, 102));
  }

  @Test
  void aStageFailureLeavesTheCursorSoTheNextCatchUpOffersThePageAgain() {
    store.upsert(article("https://a.example/1", "ارتفاع أسعار النفط", "قفزت الأسعار."));
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      StoreFollower failing =
          new StoreFollower(
              store,
              index,
              page -> {
                throw new IllegalStateException("stage broke");
              },
              0);
      org.assertj.core.api.Assertions.assertThatThrownBy(failing::catchUp)
          .hasMessage("stage broke");
      assertThat(index.storeCursor()).isZero();
      CountingStage stage = new CountingStage();
      assertThat(new StoreFollower(store, index, stage, 0).catchUp()).isEqualTo(1);
      assertThat(stage.seen).containsExactly("https://a.example/1 story 0");
    }
  }

  @Test
  void aRestartedFollowerLetsTheStagesRecallTheLastAnalyzedArticlesFirst() {
    for (int i = 1; i <= 3; i++) {
      store.upsert(article("https://a.example/" + i, "عنوان " + i, "نص المقال رقم " + i));
    }
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      new StoreFollower(store, index, new CountingStage(), 2).catchUp();
    }
    store.upsert(article("https://a.example/4", "عنوان 4", "نص المقال الرابع"));
    CountingStage restarted = new CountingStage();
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      StoreFollower follower = new StoreFollower(store, index, restarted, 2);
      follower.catchUp();
      follower.catchUp();
    }
    assertThat(restarted.recalled)
        .as("the last two analyzed, with their recorded stories, once; not the new one")
        .containsExactly("https://a.example/2 story 101", "https://a.example/3 story 102");
    assertThat(restarted.seen).containsExactly("https://a.example/4 story 0");
  }
}
