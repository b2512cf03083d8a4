package org.marsad.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;
import org.marsad.model.SavedSearch;
import org.marsad.model.Source;
import org.marsad.model.SourceState;
import org.marsad.store.FetchLogEntry;
import org.marsad.store.Revision;
import org.marsad.store.SqliteStore;
import org.marsad.store.Store;

/**
 * {@link StoreMigration} between two embedded stores whose ids disagree: the target's article ids
 * start at 1001, a source was removed from the origin, and its entities were created in the other
 * order, so every id the copy carries over must be translated, not copied.
 */
class StoreMigrationTest {
  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
  private static final long TARGET_FIRST_ARTICLE = 1001;

  @TempDir Path fromDir;
  @TempDir Path toDir;
  private Store from;
  private Store to;

  @BeforeEach
  void open() throws Exception {
    from = SqliteStore.open(fromDir);
    SqliteStore.open(toDir).close();
    try (Connection db =
            DriverManager.getConnection("jdbc:sqlite:" + toDir.resolve(SqliteStore.DATABASE_FILE));
        Statement sql = db.createStatement()) {
      sql.executeUpdate(
          "INSERT INTO sqlite_sequence (name, seq) VALUES ('article', "
              + (TARGET_FIRST_ARTICLE - 1)
              + ")");
    }
    to = SqliteStore.open(toDir);
  }

  @AfterEach
  void close() {
    from.close();
    to.close();
  }

  @Test
  void copiesEverythingTranslatingIdsAndCountsBothSides() {
    Source removed = from.addSource(source("https://gone.example/rss"));
    Source feed = from.addSource(source("https://a.example/rss"));
    Source page = from.addSource(source("https://b.example/").withGroupDuplicates(false));
    from.putSourceState(
        new SourceState(feed.id(), T0, null, null, 0, T0.plusSeconds(600), "\"e1\"", null));
    from.appendFetchLog(log(feed.id(), T0, 3));
    from.appendFetchLog(log(feed.id(), T0.plusSeconds(600), 1));

    Article cairo = article("https://a.example/1", feed.id(), "عنوان أول", "نص أول");
    from.upsert(cairo);
    from.upsert(withText(cairo, "عنوان ثان", "نص أول"));
    long cairoId = from.upsert(withText(cairo, "عنوان ثالث", "نص ثالث")).id();
    long damascusId =
        from.upsert(article("https://b.example/2", page.id(), "دمشق اليوم", "نص")).id();
    long orphanId = from.upsert(article("https://gone.example/3", removed.id(), "خبر", "نص")).id();
    from.removeSource(removed.id());
    // entities created in the other order than the articles': دمشق gets entity id 1
    from.putAnalyses(
        List.of(
            analyzed(from, damascusId, cairoId, cairoId, "دمشق"),
            analyzed(from, cairoId, cairoId, cairoId, "القاهرة")));
    SavedSearch search =
        from.addSavedSearch(new SavedSearch(0, "مصر", "مصر", "https://hook.example/", T0, 0));

    StoreMigration.Report report = StoreMigration.copy(from, to);

    assertThat(report.from()).isEqualTo(new StoreMigration.Counts(2, 3, 2, 1));
    assertThat(report.matches()).isTrue();
    assertThat(to.sources())
        .extracting(Source::url, Source::groupDuplicates)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("https://a.example/rss", true),
            org.assertj.core.groups.Tuple.tuple("https://b.example/", false));
    Source newFeed = to.sourceByUrl("https://a.example/rss").orElseThrow();
    assertThat(to.sourceState(newFeed.id()).etag()).isEqualTo("\"e1\"");
    assertThat(to.fetchLog(newFeed.id(), 10))
        .extracting(FetchLogEntry::itemsNew)
        .containsExactly(1, 3);

    Article newCairo = to.articleByUrl("https://a.example/1").orElseThrow();
    Article newDamascus = to.articleByUrl("https://b.example/2").orElseThrow();
    assertThat(newCairo.id()).isEqualTo(TARGET_FIRST_ARTICLE);
    assertThat(newCairo.title()).isEqualTo("عنوان ثالث");
    assertThat(newCairo.sourceId()).isEqualTo(newFeed.id());
    assertThat(newCairo.fetched()).isEqualTo(from.article(cairoId).orElseThrow().fetched());
    assertThat(to.revisions(newCairo.id()))
        .extracting(Revision::title, Revision::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("عنوان أول", "نص أول"),
            org.assertj.core.groups.Tuple.tuple("عنوان ثان", "نص أول"));
    assertThat(to.articleByUrl("https://gone.example/3").orElseThrow().sourceId()).isZero();
    assertThat(orphanId).isPositive();

    Map<Long, ArticleAnalysis> analyses = to.analyses(List.of(newCairo.id(), newDamascus.id()));
    assertThat(analyses.get(newDamascus.id()).duplicateGroup()).isEqualTo(newCairo.id());
    assertThat(analyses.get(newDamascus.id()).story()).isEqualTo(newCairo.id());
    assertThat(analyses.get(newDamascus.id()).enrichment().entities())
        .extracting(ArticleEntity::canonical)
        .containsExactly("دمشق");
    assertThat(analyses.get(newCairo.id()).enrichment().entities())
        .extracting(ArticleEntity::canonical)
        .containsExactly("القاهرة");
    assertThat(to.duplicateGroup(newCairo.id(), 10))
        .containsExactly(newCairo.id(), newDamascus.id());

    SavedSearch newSearch = to.savedSearches().get(0);
    assertThat(newSearch.name()).isEqualTo(search.name());
    assertThat(newSearch.webhookUrl()).isEqualTo(search.webhookUrl());
    assertThat(newSearch.checkedCursor())
        .as("checked up to the copied articles: no alert anew for each")
        .isEqualTo(to.cursorBefore(Long.MAX_VALUE, 0))
        .isPositive();
  }

  @Test
  void refusesATargetThatHoldsData() {
    from.upsert(article("https://a.example/1", 0, "عنوان", "نص"));
    to.addSource(source("https://x.example/rss"));
    assertThatThrownBy(() -> StoreMigration.copy(from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 sources");
    assertThat(to.articleCount()).isZero();
  }

  private static Source source(String url) {
    return new Source(0, url, "مصدر", Source.Kind.FEED, Duration.ofMinutes(10));
  }

  private static FetchLogEntry log(long sourceId, Instant at, int itemsNew) {
    return new FetchLogEntry(sourceId, at, FetchLogEntry.Outcome.OK, 200, null, itemsNew, 0, 0, 0);
  }

  private static Article article(String url, long sourceId, String title, String body) {
    return new Article(
        0, url, null, sourceId, "مصدر", title, body, null, T0, T0, null, null, List.of());
  }

  private static Article withText(Article article, String title, String body) {
    return new Article(
        0,
        article.url(),
        null,
        article.sourceId(),
        article.source(),
        title,
        body,
        null,
        article.published(),
        article.fetched(),
        null,
        null,
        List.of());
  }

  private static AnalyzedArticle analyzed(
      Store store, long articleId, long group, long story, String place) {
    ArticleEntity entity =
        new ArticleEntity(
            0,
            place,
            EntityType.LOCATION,
            List.of(place),
            List.of(new EntityMention(place, EntityType.LOCATION, 0, place.length())));
    Enrichment enrichment =
        new Enrichment(
            List.of(entity), List.of(place), List.of(place), List.of(), new Category("world", 0.9));
    return new AnalyzedArticle(
        store.article(articleId).orElseThrow(), new ArticleAnalysis(group, story, enrichment));
  }
}
