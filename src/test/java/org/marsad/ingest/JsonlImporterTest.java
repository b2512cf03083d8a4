package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.marsad.testing.Reliability;

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
    new JsonlImporter(
            store, new UrlCanonicalizer(), raw -> Optional.empty(), ArticleLimits.DEFAULT, 2)
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
    new JsonlImporter(
            store, new UrlCanonicalizer(), raw -> Optional.of(fixed), ArticleLimits.DEFAULT, 10)
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

  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Path ANT =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  /** Enough real lines to cover the corpus's sources and characters, few enough to be quick. */
  private static final int ANT_LINES = 1_000;

  private ImportSummary importBytes(byte[] jsonl) throws IOException {
    return new JsonlImporter(store)
        .importFrom(new ByteArrayInputStream(jsonl), ImportListener.NONE);
  }

  /** Lines joined by newlines, each in its own charset. */
  private static byte[] lines(Object... textAndCharset) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < textAndCharset.length; i += 2) {
      out.write(((String) textAndCharset[i]).getBytes((Charset) textAndCharset[i + 1]));
      out.write('\n');
    }
    return out.toByteArray();
  }

  @Test
  void windows1256LinesAreDecodedAndLatin1LinesAreMalformedByNumberAndByte() throws Exception {
    String title = "«وزارة الصحة» تعلن خطة جديدة لمكافحة الأوبئة";
    byte[] jsonl =
        lines(
            line("https://a.example/1", "خبر بالترميز الموحد", "نص"), StandardCharsets.UTF_8,
            line("https://a.example/2", title, "نص الخبر"), WINDOWS_1256,
            line("https://a.example/3", "café crème", "texte"), StandardCharsets.ISO_8859_1);

    ImportSummary summary = importBytes(jsonl);

    assertThat(summary.articlesNew()).isEqualTo(2);
    assertThat(summary.linesRecoded()).isEqualTo(1);
    assertThat(summary.linesMalformed()).isEqualTo(1);
    assertThat(summary.firstProblems())
        .extracting(LineProblem::toString)
        .containsExactly(
            "line 3: not UTF-8 (byte 0xE9 at offset "
                + line("https://a.example/3", "café crème", "texte").indexOf('é')
                + ")");
    assertThat(store.articleByUrl("https://a.example/2").orElseThrow().title()).isEqualTo(title);
    assertThat(store.articleByUrl("https://a.example/2").orElseThrow().body())
        .isEqualTo("نص الخبر");
    Reliability.record(
        "bad-input",
        "JsonlImporterTest.windows1256LinesAreDecodedAndLatin1LinesAreMalformedByNumberAndByte",
        "JSONL with a UTF-8, a windows-1256 and a Latin-1 line",
        "windows-1256 decoded and counted; Latin-1 malformed with line number and byte; no U+FFFD",
        "2 new, 1 recoded, 1 malformed (line 3, byte 0xE9)");
  }

  @Test
  void theAntSampleInWindows1256ImportsAsTheSameArticles() throws Exception {
    assumeTrue(Files.isRegularFile(ANT), "ANT sample not found at " + ANT + ": skipped");
    List<String> utf8Lines = Files.readAllLines(ANT, StandardCharsets.UTF_8);
    CharsetEncoder encoder = WINDOWS_1256.newEncoder();
    ByteArrayOutputStream utf8 = new ByteArrayOutputStream();
    ByteArrayOutputStream legacy = new ByteArrayOutputStream();
    int encodable = 0;
    for (String line : utf8Lines.subList(0, Math.min(ANT_LINES, utf8Lines.size()))) {
      if (encoder.canEncode(line)) {
        encodable++;
        utf8.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        legacy.write((line + "\n").getBytes(WINDOWS_1256));
      }
    }
    assumeTrue(encodable > 100, "too few ANT lines encodable in windows-1256: " + encodable);

    ImportSummary first = importBytes(utf8.toByteArray());
    ImportSummary again = importBytes(legacy.toByteArray());

    assertThat(first.linesRecoded()).isZero();
    assertThat(again.linesRecoded()).isEqualTo(again.articlesStored());
    assertThat(again.linesMalformed()).isEqualTo(first.linesMalformed());
    assertThat(again.articlesNew()).isZero();
    assertThat(again.articlesUpdated()).as("same text as the UTF-8 import").isZero();
    assertThat(again.articlesUnchanged()).isEqualTo(first.articlesStored());
    Reliability.record(
        "bad-input",
        "JsonlImporterTest.theAntSampleInWindows1256ImportsAsTheSameArticles",
        "the real ANT sample re-encoded in windows-1256 at run time, imported over its UTF-8 import",
        "every line recognized as windows-1256 and stored unchanged (no U+FFFD, no revision)",
        String.format(
            java.util.Locale.ROOT,
            "%,d of the first %,d lines encodable; %,d recoded, %,d unchanged, %,d updated",
            encodable,
            Math.min(ANT_LINES, utf8Lines.size()),
            again.linesRecoded(),
            again.articlesUnchanged(),
            again.articlesUpdated()));
  }

  @Test
  void loneSurrogatesAreReplacedSoAReimportChangesNothing() throws Exception {
    String jsonl =
        "{\"url\": \"https://a.example/s\", \"title\": \"خبر \\ud800 عاجل\","
            + " \"text\": \"نص \\udc00\", \"author\": \"\\ud83d\"}";

    ImportSummary first = importText(jsonl);
    ImportSummary again = importText(jsonl);

    Article stored = store.articleByUrl("https://a.example/s").orElseThrow();
    assertThat(stored.title()).isEqualTo("خبر \uFFFD عاجل");
    assertThat(stored.body()).isEqualTo("نص \uFFFD");
    assertThat(stored.author()).isEqualTo("\uFFFD");
    assertThat(first.articlesNew()).isEqualTo(1);
    assertThat(again.articlesUnchanged()).isEqualTo(1);
    assertThat(store.revisions(stored.id())).isEmpty();
    Reliability.record(
        "bad-input",
        "JsonlImporterTest.loneSurrogatesAreReplacedSoAReimportChangesNothing",
        "JSONL whose title, text and author hold lone surrogates as JSON escapes",
        "each becomes U+FFFD before storage; importing again changes nothing",
        "3 lone surrogates replaced; re-import: "
            + again.articlesUnchanged()
            + " unchanged, "
            + store.revisions(stored.id()).size()
            + " revisions");
  }

  @Test
  void hugeFieldsAreCutOrTheLineRefusedNamingTheLimit() throws Exception {
    String hugeUrl = "https://a.example/" + "a".repeat(1_900_000);
    String jsonl =
        line(hugeUrl, "عنوان", "نص")
            + "\n"
            + line("https://a.example/long", "عنوان طويل ".repeat(100_000), "فقرة ".repeat(300_000))
            + "\n";

    ImportSummary summary = importText(jsonl);

    assertThat(summary.linesMalformed()).isEqualTo(1);
    assertThat(summary.firstProblems())
        .extracting(LineProblem::toString)
        .containsExactly(
            "line 1: URL of 1,900,018 characters refused (article.max-url-chars = 2,048)");
    assertThat(summary.linesCut()).isEqualTo(1);
    assertThat(summary.firstCuts())
        .extracting(LineProblem::toString)
        .containsExactly(
            "line 2: title cut at 1,000 of 1,099,999 characters (article.max-title-chars);"
                + " body cut at 1,000,000 of 1,499,999 characters (article.max-body-chars)");
    Article stored = store.articleByUrl("https://a.example/long").orElseThrow();
    assertThat(stored.title()).hasSize(1_000);
    assertThat(stored.body()).hasSize(1_000_000);
    Reliability.record(
        "bad-input",
        "JsonlImporterTest.hugeFieldsAreCutOrTheLineRefusedNamingTheLimit",
        "JSONL lines with a 1.9 MB URL, a 1.1 M-character title and a 1.5 M-character body",
        "the URL line refused with its reason, title and body cut and reported with their keys",
        jsonl.length() + " characters in; 1 refused, title -> 1,000, body -> 1,000,000");
  }
}
