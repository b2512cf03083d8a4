package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.model.Article;
import org.marsad.store.SqliteStore;

class JsonlImporterTest {
  private static final String ALARABIYA =
      "http://www.alarabiya.net/ar/culture-and-art/2018/02/16/"
          + "%D8%A7%D8%A8%D9%86%D8%A9-%D8%AC%D9%88%D9%86%D9%8A-"
          + "%D9%87%D8%A7%D9%84%D9%8A%D8%AF%D8%A7%D9%8A.html";

  @TempDir Path dataDir;
  private SqliteStore store;

  @BeforeEach
  void open() {
    store = SqliteStore.open(dataDir);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static Path sample() throws URISyntaxException {
    return Path.of(JsonlImporterTest.class.getResource("sample.jsonl").toURI());
  }

  private ImportSummary importText(String jsonl) throws IOException {
    return new JsonlImporter(store)
        .importFrom(
            new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), ImportListener.NONE);
  }

  @Test
  void sampleIsImportedLeniently() throws Exception {
    ImportSummary summary = new JsonlImporter(store).importFile(sample(), ImportListener.NONE);

    assertThat(summary.linesRead()).isEqualTo(9);
    assertThat(summary.articlesNew()).isEqualTo(3);
    assertThat(summary.linesRepeated()).as("the same Arabic URL, percent-encoded").isEqualTo(1);
    assertThat(summary.linesMalformed()).isEqualTo(5);
    assertThat(summary.datesUnparsed()).as("an Arabic date, not yet understood").isEqualTo(1);
    List<LineProblem> problems = summary.firstProblems();
    assertThat(problems).extracting(LineProblem::line).containsExactly(4L, 6L, 7L, 8L, 9L);
    assertThat(problems.get(0).reason()).startsWith("not JSON (Unexpected character ('n'");
    assertThat(problems.subList(1, 5))
        .extracting(LineProblem::reason)
        .containsExactly(
            "not a JSON object",
            "no url",
            "invalid url: not an http(s) URL: ftp://example.com/a",
            "field 'title' is not text");
    assertThat(store.articleCount()).isEqualTo(3);
  }

  @Test
  void documentedFieldsAreStored() throws Exception {
    new JsonlImporter(store).importFile(sample(), ImportListener.NONE);

    Article article = store.articleByUrl(ALARABIYA).orElseThrow();
    assertThat(article.title()).isEqualTo("ابنة جوني هاليداي تكشف معلومات");
    assertThat(article.body()).isEqualTo("الفقرة الأولى.\n\nالفقرة الثانية.\n\nالفقرة الثالثة.");
    assertThat(article.source()).isEqualTo("alarabia");
    assertThat(article.category()).as("the first occurrence wins").isEqualTo("culture");
    assertThat(article.published()).isEqualTo(Instant.parse("2018-02-16T18:08:10Z"));
    assertThat(article.author()).isEqualTo("العربية.نت - وكالات");
    assertThat(article.summary()).isEqualTo("ملخص");
    assertThat(article.sourceId()).isZero();
    assertThat(article.guid()).isNull();

    Article cnn = store.articleByUrl("https://arabic.cnn.com/tech/2018/06/02/y").orElseThrow();
    assertThat(cnn.published()).isNull();
    assertThat(cnn.author()).isNull();
    assertThat(
            store.articleByUrl(
                "https://www.skynewsarabia.com/business/1164582-"
                    + "%D8%A7%D9%84%D8%A7%D9%95%D9%85%D8%A7%D8%B1%D8%A7%D8%AA"))
        .as("tracking parameter removed, encoding kept")
        .isPresent();
  }

  @Test
  void importingTwiceChangesNothing() throws Exception {
    new JsonlImporter(store).importFile(sample(), ImportListener.NONE);
    ImportSummary again = new JsonlImporter(store).importFile(sample(), ImportListener.NONE);
    assertThat(again.articlesNew()).isZero();
    assertThat(again.articlesUpdated()).isZero();
    assertThat(again.articlesUnchanged()).isEqualTo(3);
    assertThat(again.linesRepeated()).isEqualTo(1);
    assertThat(store.articleCount()).isEqualTo(3);
  }

  @Test
  void correctedLineUpdatesAndKeepsARevision() throws Exception {
    importText(line("https://a.example/1", "عنوان أول", "نص"));
    ImportSummary summary = importText(line("https://a.example/1", "عنوان مصحح", "نص"));
    assertThat(summary.articlesUpdated()).isEqualTo(1);
    long id = store.articleByUrl("https://a.example/1").orElseThrow().id();
    assertThat(store.revisions(id)).extracting(r -> r.title()).containsExactly("عنوان أول");
  }

  @Test
  void everyLineCountsOnce() throws Exception {
    ImportSummary summary = new JsonlImporter(store).importFile(sample(), ImportListener.NONE);
    assertThat(summary.articlesStored() + summary.linesRepeated() + summary.linesMalformed())
        .isEqualTo(summary.linesRead());
  }

  @Test
  void toleratesByteOrderMarkCrLfAndMissingFinalNewline() throws Exception {
    String jsonl =
        "\uFEFF"
            + line("https://a.example/1", "أ", "نص")
            + "\r\n\r\n"
            + line("https://a.example/2", "ب", "نص");
    ImportSummary summary = importText(jsonl);
    assertThat(summary.articlesNew()).isEqualTo(2);
    assertThat(summary.linesMalformed()).isZero();
  }

  @Test
  void reportsEachCommittedBatchWithItsLastLine() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 1; i <= 5; i++) {
      jsonl.append(line("https://a.example/" + i, "خبر " + i, "نص")).append('\n');
    }
    List<Long> committed = new ArrayList<>();
    List<Long> storedAtCommit = new ArrayList<>();
    new JsonlImporter(store, new UrlCanonicalizer(), raw -> Optional.empty(), 2)
        .importFrom(
            new ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
            new ImportListener() {
              @Override
              public void batchCommitted(long lastLine, ImportSummary soFar) {
                committed.add(lastLine);
                storedAtCommit.add(store.articleCount());
              }
            });
    assertThat(committed).containsExactly(2L, 4L, 5L);
    assertThat(storedAtCommit).containsExactly(2L, 4L, 5L);
  }

  @Test
  void dateParserIsPluggable() throws Exception {
    Instant fixed = Instant.parse("2018-02-16T00:00:00Z");
    new JsonlImporter(store, new UrlCanonicalizer(), raw -> Optional.of(fixed), 10)
        .importFile(sample(), ImportListener.NONE);
    assertThat(
            store
                .articleByUrl("https://arabic.cnn.com/tech/2018/06/02/y")
                .orElseThrow()
                .published())
        .isEqualTo(fixed);
  }

  @Test
  void paragraphsAreSeparatedByBlankLines() {
    assertThat(JsonlArticleMapper.paragraphs("أ\nب\r\n\n ج ")).isEqualTo("أ\n\nب\n\nج");
    assertThat(JsonlArticleMapper.paragraphs(null)).isEmpty();
  }

  private static String line(String url, String title, String text) {
    return "{\"url\": \"" + url + "\", \"title\": \"" + title + "\", \"text\": \"" + text + "\"}";
  }
}
