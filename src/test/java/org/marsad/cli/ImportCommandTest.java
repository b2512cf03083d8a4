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
}
