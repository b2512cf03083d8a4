package org.marsad.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;

class SqliteStoreTest extends StoreContractTest {
  @TempDir Path dataDir;

  @Override
  Store openEmptyStore() {
    return SqliteStore.open(dataDir);
  }

  @Test
  void keepsEverythingInOneFileThatSurvivesReopening() {
    long id = store.upsert(article("https://a.example/1", "عنوان", "نص")).id();
    store.close();
    assertThat(dataDir.resolve(SqliteStore.DATABASE_FILE)).isRegularFile();
    try (SqliteStore reopened = SqliteStore.open(dataDir)) {
      assertThat(reopened.article(id).orElseThrow().title()).isEqualTo("عنوان");
      assertThat(reopened.integrityProblems()).isEmpty();
    }
  }

  @Test
  void fileThatIsNotADatabaseIsReportedNotOverwritten() throws Exception {
    Path other = dataDir.resolve("other");
    Files.createDirectories(other);
    Path file = other.resolve(SqliteStore.DATABASE_FILE);
    Files.writeString(file, "not a database, just text that is long enough to be a header");
    assertThatThrownBy(() -> SqliteStore.open(other))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString());
    assertThat(Files.readString(file)).startsWith("not a database");
  }

  @Test
  void runsInWalMode() throws Exception {
    try (Connection connection = DriverManager.getConnection(jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
      rows.next();
      assertThat(rows.getString(1)).isEqualTo("wal");
    }
  }

  @Test
  void readersSeeOnlyWholeBatchesWhileAWriterWrites() throws Exception {
    int batches = 40;
    int batchSize = 50;
    AtomicBoolean writing = new AtomicBoolean(true);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      Future<List<Long>> reader =
          threads.submit(
              () -> {
                List<Long> counts = new ArrayList<>();
                while (writing.get()) {
                  counts.add(store.articleCount());
                  store.articlesAfter(0, 5);
                }
                return counts;
              });
      Future<?> writer =
          threads.submit(
              () -> {
                try {
                  for (int b = 0; b < batches; b++) {
                    List<Article> batch = new ArrayList<>();
                    for (int i = 0; i < batchSize; i++) {
                      int n = b * batchSize + i;
                      batch.add(article("https://a.example/" + n, "خبر " + n, "نص ".repeat(200)));
                    }
                    store.upsertAll(batch);
                  }
                } finally {
                  writing.set(false);
                }
              });
      writer.get();
      List<Long> counts = reader.get();
      assertThat(counts).isNotEmpty().isSorted();
      assertThat(counts).allSatisfy(count -> assertThat(count % batchSize).isZero());
      assertThat(counts.stream().filter(c -> c > 0 && c < (long) batches * batchSize))
          .as("reads made while the writer was between its first and last batch")
          .isNotEmpty();
      assertThat(store.articleCount()).isEqualTo((long) batches * batchSize);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void twoStoresOnOneDirectoryWriteInTurn() throws Exception {
    int batches = 20;
    int batchSize = 25;
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (SqliteStore other = SqliteStore.open(dataDir)) {
      List<Future<?>> writers = new ArrayList<>();
      for (Store writer : List.of(store, other)) {
        String host = writer == store ? "a.example" : "b.example";
        writers.add(
            threads.submit(
                () -> {
                  for (int b = 0; b < batches; b++) {
                    List<Article> batch = new ArrayList<>();
                    for (int i = 0; i < batchSize; i++) {
                      batch.add(
                          article("https://" + host + "/" + (b * batchSize + i), "خبر", "نص"));
                    }
                    writer.upsertAll(batch);
                  }
                }));
      }
      for (Future<?> writer : writers) {
        writer.get();
      }
      assertThat(other.articleCount()).isEqualTo(2L * batches * batchSize);
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void keptEntityCountsAlwaysEqualTheMentionRowsAfterRepeatedReputs() throws Exception {
    java.util.Random random = new java.util.Random(8);
    String[] names = {"غزة", "قطر", "الدوحة", "مصر", "لبنان"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Article a = article("https://a.example/" + i, "عنوان", "نص");
      articles.add(a.withId(store.upsert(a).id()));
    }
    for (int round = 0; round < 200; round++) {
      Article a = articles.get(random.nextInt(articles.size()));
      List<org.marsad.model.ArticleEntity> entities = new ArrayList<>();
      for (String name : names) {
        if (random.nextBoolean()) {
          String[] spellings = new String[1 + random.nextInt(3)];
          java.util.Arrays.fill(spellings, name);
          entities.add(named(name, org.marsad.model.EntityType.LOCATION, spellings));
        }
      }
      store.putAnalyses(
          List.of(
              new org.marsad.model.AnalyzedArticle(
                  a,
                  new org.marsad.model.ArticleAnalysis(
                      0, 0, new org.marsad.model.Enrichment(entities, null, null, null, null)))));
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl());
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM entity e WHERE article_count <> (SELECT count(*) FROM"
                    + " entity_mention m WHERE m.entity_id = e.id) OR mention_count <>"
                    + " (SELECT coalesce(sum(count), 0) FROM entity_mention m"
                    + " WHERE m.entity_id = e.id)")) {
      rows.next();
      assertThat(rows.getInt(1)).as("entities whose kept counts drifted").isZero();
    }
    assertThat(store.entities("", null, 10)).hasSizeLessThanOrEqualTo(names.length);
  }

  private String jdbcUrl() {
    return "jdbc:sqlite:" + dataDir.resolve(SqliteStore.DATABASE_FILE);
  }
}
