package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.SqliteStore;

class ImportCommandTest {
  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static String sample() throws Exception {
    return Path.of(ImportCommandTest.class.getResource("/org/marsad/ingest/sample.jsonl").toURI())
        .toString();
  }

  @Test
  void importsAndPrintsASummary() throws Exception {
    assertThat(run("import", sample(), "--data", dataDir.toString(), "--no-progress")).isZero();
    assertThat(out.toString())
        .contains("lines read              9")
        .contains("new                     3")
        .contains("repeated                1")
        .contains("malformed               5")
        .contains("line 4: not JSON")
        .contains("line 9: field 'title' is not text");
    assertThat(err.toString()).isEmpty();
    try (SqliteStore store = SqliteStore.open(dataDir)) {
      assertThat(store.articleCount()).isEqualTo(3);
    }
  }

  @Test
  void progressBarGoesToStderrWhenAsked() throws Exception {
    assertThat(run("import", sample(), "--data", dataDir.toString(), "--progress")).isZero();
    assertThat(err.toString()).contains("\r[").contains("100%").endsWith(System.lineSeparator());
  }

  @Test
  void missingFileIsAUserError() {
    assertThat(
            run("import", dataDir.resolve("nope.jsonl").toString(), "--data", dataDir.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).startsWith("marsad import: cannot read the import file: ");
  }

  @Test
  void nonPositiveBatchIsAUserError() throws Exception {
    assertThat(run("import", sample(), "--data", dataDir.toString(), "--batch", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--batch must be positive: 0");
  }

  @Test
  void aFileWithNothingImportableExitsNonZeroAndSaysWhy() throws Exception {
    Path file = dataDir.resolve("latin1.jsonl");
    java.nio.file.Files.write(
        file,
        ("{\"url\": \"https://a.example/1\", \"title\": \"café\"}\n"
                + "{\"url\": \"https://a.example/2\", \"title\": \"crème brûlée\"}\n"
                + "not json\n")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

    int exit = run("import", file.toString(), "--data", dataDir.toString(), "--no-progress");

    assertThat(exit).isEqualTo(1);
    assertThat(out.toString())
        .contains("malformed               3")
        .contains("line 1: not UTF-8 (byte 0xE9 at offset 44)")
        .contains("line 2: not UTF-8 (byte 0xE8 at offset 43)")
        .contains("line 3: not JSON");
    assertThat(err.toString()).contains("nothing imported: all 3 lines read were malformed");
    org.marsad.testing.Reliability.record(
        "bad-input",
        "ImportCommandTest.aFileWithNothingImportableExitsNonZeroAndSaysWhy",
        "marsad import of a file whose every line is Latin-1 or not JSON",
        "exit code 1, every line reported by number with its reason",
        "exit " + exit + "; 3 of 3 lines malformed, 0 stored");
  }

  @Test
  void windows1256LinesAreCountedInTheSummary() throws Exception {
    Path file = dataDir.resolve("arabic.jsonl");
    java.nio.file.Files.write(
        file,
        "{\"url\": \"https://a.example/1\", \"title\": \"خبر عاجل من بغداد\"}\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1256")));

    assertThat(run("import", file.toString(), "--data", dataDir.toString(), "--no-progress"))
        .isZero();
    assertThat(out.toString())
        .contains("new                     1")
        .contains("windows-1256            1  (not UTF-8 but Arabic in windows-1256: decoded so)");
  }
}
