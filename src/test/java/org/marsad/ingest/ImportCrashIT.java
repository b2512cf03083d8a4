package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.store.SqliteStore;
import org.marsad.testing.Reliability;

/**
 * {@code kill -9} in the middle of an import: a child process imports a generated file and reports
 * each commit; the test kills it (SIGKILL) after a chosen line has been acknowledged, three times
 * at different points, then lets a last run finish. After each kill the database must be sound,
 * hold every acknowledged article, hold only whole batches of whole rows, and a re-run must
 * complete the import without duplicates.
 */
class ImportCrashIT {
  private static final int LINES = 40_000;
  private static final int BATCH = 500;
  private static final int REPEAT_EVERY = 100;
  private static final int MALFORMED_EVERY = 997;
  private static final String URL_PREFIX = "https://news.example/ar/";

  @TempDir Path work;

  @Test
  void killedImportLosesNothingAcknowledgedAndResumes() throws Exception {
    Path file = work.resolve("generated.jsonl");
    List<Integer> expectedOrder = writeFile(file);
    Path data = work.resolve("data");

    List<String> kills = new ArrayList<>();
    for (int killAfterLine : new int[] {6_000, 19_000, 31_000}) {
      long acknowledged = runAndKill(file, data, killAfterLine);
      assertThat(acknowledged).isGreaterThanOrEqualTo(killAfterLine).isLessThan(LINES);
      kills.add(String.format("%,d", acknowledged));
      assertConsistent(data, expectedOrder, distinctUpTo(acknowledged));
    }

    Process last = start(file, data);
    List<String> output = new ArrayList<>();
    try (BufferedReader out = reader(last)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        output.add(line);
      }
    }
    assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(last.exitValue()).isZero();
    String done = output.get(output.size() - 1);
    assertThat(done).startsWith("done ");
    String[] counts = done.split(" ");
    assertThat(Long.parseLong(counts[1]) + Long.parseLong(counts[2]))
        .isEqualTo(expectedOrder.size());
    assertConsistent(data, expectedOrder, expectedOrder.size());
    try (SqliteStore store = SqliteStore.open(data)) {
      assertThat(store.articleCount()).isEqualTo(expectedOrder.size());
    }
    Reliability.record(
        "faults",
        "ImportCrashIT.killedImportLosesNothingAcknowledgedAndResumes",
        "SIGKILL a `marsad import` of a 40,000-line JSONL file 3 times, after 6,000, 19,000 and"
            + " 31,000 acknowledged lines, then run it to the end",
        "after each kill: integrity_check ok, every acknowledged article stored as written, only"
            + " whole batches; the last run completes with no duplicate",
        "killed at lines "
            + String.join(", ", kills)
            + "; final store "
            + String.format("%,d", expectedOrder.size())
            + " articles = distinct URLs in the file");
  }

  /** Runs an import until {@code killAfterLine} is acknowledged, kills it, returns the last ack. */
  private long runAndKill(Path file, Path data, int killAfterLine) throws Exception {
    Process child = start(file, data);
    long acknowledged = 0;
    try (BufferedReader out = reader(child)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("committed ")) {
          acknowledged = Long.parseLong(line.substring("committed ".length()));
          if (acknowledged >= killAfterLine) {
            child.destroyForcibly();
            break;
          }
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
    return acknowledged;
  }

  /**
   * The store holds exactly the first N distinct articles of the file, N at least {@code atLeast}
   * and a whole number of batches (or all), each row as written.
   */
  private static void assertConsistent(Path data, List<Integer> expectedOrder, int atLeast) {
    try (SqliteStore store = SqliteStore.open(data)) {
      assertThat(store.integrityProblems()).isEmpty();
      List<Integer> stored = new ArrayList<>();
      store.forEachArticleBatch(
          1000,
          batch -> {
            for (Article article : batch) {
              int n = Integer.parseInt(article.url().substring(URL_PREFIX.length()));
              assertThat(article.title()).isEqualTo(title(n));
              assertThat(article.body()).isEqualTo(paragraph(n, 1) + "\n\n" + paragraph(n, 2));
              stored.add(n);
            }
          });
      assertThat(stored.size()).isGreaterThanOrEqualTo(atLeast);
      if (stored.size() < expectedOrder.size()) {
        assertThat(stored.size() % BATCH).as("only whole batches").isZero();
      }
      assertThat(stored).isEqualTo(expectedOrder.subList(0, stored.size()));
    }
  }

  private Process start(Path file, Path data) throws IOException {
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp",
            classpath,
            ImportChild.class.getName(),
            file.toString(),
            data.toString(),
            Integer.toString(BATCH))
        .redirectError(work.resolve("child-stderr.txt").toFile())
        .start();
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Article numbers in the order they are first seen, line by line. */
  private final Map<Integer, Integer> lineToDistinctCount = new LinkedHashMap<>();

  private int distinctUpTo(long line) {
    return lineToDistinctCount.get((int) line);
  }

  /** Writes the file: article n on line n, a repeat every 100th line, a bad line every 997th. */
  private List<Integer> writeFile(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Integer> order = new ArrayList<>();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (int line = 1; line <= LINES; line++) {
        if (line % MALFORMED_EVERY == 0) {
          out.write("{\"url\": \"" + URL_PREFIX + line + "\", \"title\": ");
        } else {
          int n = line % REPEAT_EVERY == 0 ? line - 50 : line;
          Map<String, String> fields = new LinkedHashMap<>();
          fields.put("url", URL_PREFIX + n);
          fields.put("title", title(n));
          fields.put("text", paragraph(n, 1) + "\n" + paragraph(n, 2));
          fields.put("source", "generated");
          fields.put("category", "test");
          out.write(json.writeValueAsString(fields));
          if (n == line) {
            order.add(n);
          }
        }
        out.write('\n');
        lineToDistinctCount.put(line, order.size());
      }
    }
    return order;
  }

  private static String title(int n) {
    return "خبر رقم " + n;
  }

  private static String paragraph(int n, int which) {
    return "الفقرة " + which + " من الخبر " + n + ": " + "نص عربي للاختبار ".repeat(8).strip();
  }
}
