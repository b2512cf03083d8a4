package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.Article;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.Enrichment;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.Link;
import org.marsad.model.LinkKind;
import org.marsad.model.PageParts;
import org.marsad.model.RelatedArticle;

class SchemaMigrationsTest {
  private static final String V1 = "migrations/V1__init.sql";
  private static final String V2 = "migrations/V2__page_parts.sql";
  private static final String V3 = "migrations/V3__analysis.sql";
  private static final String V4 = "migrations/V4__entities.sql";
  private static final String V5 = "migrations/V5__saved_searches.sql";
  @TempDir Path dataDir;

  private SqliteStore openWith(String... scripts) {
    return SqliteStore.open(
        dataDir,
        Clock.systemUTC(),
        new SchemaMigrations(SchemaMigrationsTest.class, List.of(scripts), Clock.systemUTC()));
  }

  @Test
  void newDatabaseGetsTheLatestVersion() throws Exception {
    SqliteStore.open(dataDir).close();
    assertThat(versions()).containsExactly(1, 2, 3, 4, 5);
    assertThat(tables())
        .contains(
            "source",
            "source_state",
            "fetch_log",
            "article",
            "revision",
            "saved_search",
            "alert_delivery",
            "alert_attempt");
  }

  @Test
  void oldVersionDatabaseIsMigratedKeepingItsData() throws Exception {
    long id;
    try (SqliteStore v5 = SqliteStore.open(dataDir)) {
      id = v5.upsert(StoreContractTest.article("https://a.example/1", "عنوان", "نص")).id();
    }
    try (SqliteStore v6 = openWith(V1, V2, V3, V4, V5, "testmigrations/V6__add_note.sql")) {
      assertThat(v6.article(id)).get().extracting(Article::title).isEqualTo("عنوان");
      v6.upsert(StoreContractTest.article("https://a.example/2", "ثان", "نص"));
    }
    assertThat(versions()).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(tables()).contains("article_note");
    assertThat(query("SELECT note FROM article ORDER BY id")).containsExactly("ar", "ar");

    openWith(V1, V2, V3, V4, V5, "testmigrations/V6__add_note.sql").close();
    assertThat(versions())
        .as("opening again applies nothing twice")
        .containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void version1DataDirectoryUpgradesInPlaceToKeepPageParts() throws Exception {
    openWith(V1).close();
    execute(
        "INSERT INTO article (url, title, body, fetched, tags, change_seq)"
            + " VALUES ('https://a.example/old', 'قديم', 'نص قديم', 0, '[\"وسم\"]', 1)");
    PageParts page =
        new PageParts(
            "ar",
            List.of("السعودية", "قطر"),
            List.of(new RelatedArticle("عنوان مدمج", "نص مدمج")),
            List.of(new Link("اقرأ أيضا: خبر آخر", "https://a.example/2", LinkKind.READ_ALSO)));
    try (SqliteStore upgraded = SqliteStore.open(dataDir)) {
      Article old = upgraded.articleByUrl("https://a.example/old").orElseThrow();
      assertThat(old.title()).isEqualTo("قديم");
      assertThat(old.tags()).containsExactly("وسم");
      assertThat(old.page()).isEqualTo(PageParts.NONE);

      Article withPage = StoreContractTest.article("https://a.example/new", "جديد", "نص");
      long id =
          upgraded
              .upsert(
                  new Article(
                      0,
                      withPage.url(),
                      null,
                      0,
                      null,
                      withPage.title(),
                      withPage.body(),
                      null,
                      null,
                      null,
                      null,
                      null,
                      List.of(),
                      page))
              .id();
      assertThat(upgraded.article(id).orElseThrow().page()).isEqualTo(page);
    }
    assertThat(versions()).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void version3DataDirectoryKeepsItsAnalysesAndGainsEntities() throws Exception {
    openWith(V1, V2, V3).close();
    execute(
        "INSERT INTO article (url, title, body, fetched, tags, change_seq)"
            + " VALUES ('https://a.example/old', 'غوتيريش في غزة', 'نص', 0, '[]', 1)");
    execute("INSERT INTO article_analysis (article_id, duplicate_group, story) VALUES (1, 1, 1)");
    try (SqliteStore upgraded = SqliteStore.open(dataDir)) {
      assertThat(upgraded.analyses(List.of(1L))).containsEntry(1L, new ArticleAnalysis(1, 1));
      Article old = upgraded.article(1).orElseThrow();
      Enrichment enrichment =
          new Enrichment(
              List.of(StoreContractTest.named("غوتيريش", EntityType.PERSON)),
              List.of("غزة"),
              List.of("غوتيريش"),
              List.of(),
              null);
      upgraded.putAnalyses(
          List.of(new AnalyzedArticle(old, new ArticleAnalysis(1, 1, enrichment))));
      assertThat(upgraded.entities("غوتيريش", null, 5))
          .extracting(EntitySummary::canonical)
          .containsExactly("غوتيريش");
      assertThat(upgraded.integrityProblems()).isEmpty();
    }
    assertThat(versions()).containsExactly(1, 2, 3, 4, 5);
    assertThat(tables()).contains("entity", "entity_variant", "entity_part", "entity_mention");
  }

  @Test
  void failedMigrationLeavesTheDatabaseAsItWas() throws Exception {
    SqliteStore.open(dataDir).close();
    assertThatThrownBy(() -> openWith(V1, V2, V3, V4, V5, "testmigrations/V6__broken.sql"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("V6__broken.sql");
    assertThat(versions()).containsExactly(1, 2, 3, 4, 5);
    assertThat(tables()).doesNotContain("half_done");
    SqliteStore.open(dataDir).close();
  }

  @Test
  void databaseNewerThanTheCodeIsRefused() {
    openWith(V1, V2, V3, V4, V5, "testmigrations/V6__add_note.sql").close();
    assertThatThrownBy(() -> SqliteStore.open(dataDir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 6")
        .hasMessageContaining("only up to 5");
  }

  @Test
  void scriptsMustBeNumberedWithoutGaps() {
    assertThatThrownBy(
            () ->
                new SchemaMigrations(
                    SchemaMigrationsTest.class,
                    List.of(V1, "testmigrations/V6__x.sql"),
                    Clock.systemUTC()))
        .hasMessageContaining("migration 2 expected");
    assertThatThrownBy(
            () ->
                new SchemaMigrations(
                    SchemaMigrationsTest.class, List.of("init.sql"), Clock.systemUTC()))
        .hasMessageContaining("not a migration script name");
  }

  @Test
  void scriptsSplitAtSemicolonsEndingALineAndDropComments() {
    assertThat(
            SchemaMigrations.statements(
                "-- comment; with semicolon;\nCREATE TABLE a (x TEXT DEFAULT ';');\n\n"
                    + "CREATE INDEX b\n  ON a (x);  \n"))
        .containsExactly("CREATE TABLE a (x TEXT DEFAULT ';')", "CREATE INDEX b\n  ON a (x)");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteStore.DATABASE_FILE));
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private List<Integer> versions() throws SQLException {
    return query("SELECT version FROM schema_version ORDER BY version").stream()
        .map(Integer::valueOf)
        .toList();
  }

  private List<String> tables() throws SQLException {
    return query("SELECT name FROM sqlite_master WHERE type = 'table'");
  }

  private List<String> query(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:sqlite:" + dataDir.resolve(SqliteStore.DATABASE_FILE));
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    }
  }
}
