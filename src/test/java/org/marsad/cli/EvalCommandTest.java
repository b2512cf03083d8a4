package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code marsad eval extraction --baseline}: other extractors' predictions, which any program can
 * write, scored beside Marsad's on the same truth. Extraction from pages by the shipped jar is in
 * {@code ShippedJarIT}.
 */
class EvalCommandTest {
  private static final Path FIXTURE =
      Path.of("src/test/resources/extract/news-jsonld/page.expected.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path truth;

  @BeforeEach
  void pageAndTruth() throws IOException {
    String body = JSON.readTree(FIXTURE.toFile()).get("body").asText();
    truth = write("truth.json", Map.of("budget", Map.of("articleBody", body)));
  }

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path write(String name, Object value) throws IOException {
    Path file = dir.resolve(name);
    JSON.writeValue(file.toFile(), value);
    return file;
  }

  @Test
  void scoresEachBaselineFromItsFileBesideTheRun() throws IOException {
    Path half =
        write(
            "half.json",
            Map.of(
                "budget",
                Map.of("articleBody", "أقر مجلس النواب مساء الاثنين مشروع قانون الموازنة العامة")));
    int code =
        run(
            "eval",
            "extraction",
            "--pred",
            truth.toString(),
            "--truth",
            truth.toString(),
            "--name",
            "marsad",
            "--dataset",
            "golden",
            "--baseline",
            "copy=" + truth,
            "--baseline",
            "half=" + half);
    assertThat(code).as(err.toString()).isZero();
    String[] rows = out.toString().split("\n");
    assertThat(rows)
        .containsExactly(
            "extraction\tmarsad\tgolden\tpages=1\tP=1.000\tR=1.000\tF1=1.000\tpages/s=-",
            "extraction\tcopy\tgolden\tpages=1\tP=1.000\tR=1.000\tF1=1.000\tpages/s=-",
            rows[2]);
    assertThat(rows[2]).startsWith("extraction\thalf\tgolden\tpages=1\tP=1.000\tR=0.");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void baselineWithoutPredictionForSomeIdsIsScoredAndSaidSo() throws IOException {
    Path other = write("other.json", Map.of("another-page", Map.of("articleBody", "نص")));
    int code =
        run(
            "eval",
            "extraction",
            "--pred",
            truth.toString(),
            "--truth",
            truth.toString(),
            "--baseline",
            "partial=" + other);
    assertThat(code).isZero();
    assertThat(out.toString())
        .contains("extraction\tpartial\t\tpages=1\tP=0.000\tR=0.000\tF1=0.000");
    assertThat(err.toString())
        .contains("--baseline partial=" + other + " has no prediction for 1 of 1 truth ids");
  }

  @Test
  void missingBaselineFileIsNamed() {
    Path missing = dir.resolve("nowhere.json");
    int code =
        run(
            "eval",
            "extraction",
            "--pred",
            truth.toString(),
            "--truth",
            truth.toString(),
            "--baseline",
            "ghost=" + missing);
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("no such file: --baseline ghost=" + missing);
  }
}
