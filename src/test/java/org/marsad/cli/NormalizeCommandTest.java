package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NormalizeCommandTest {
  private final InputStream stdin = System.in;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @AfterEach
  void restoreStdin() {
    System.setIn(stdin);
  }

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private void stdin(String text) {
    System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void normalizesArgumentsJoinedBySpaces() {
    assertThat(run("normalize", "الإرهابَ", "٢٠٢٥،")).isZero();
    assertThat(out).hasToString("الارهاب 2025,\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void readsStandardInputWithoutArguments() {
    stdin("الإسلامی\nوزارةُ الخارجيّة\n");
    assertThat(run("normalize")).isZero();
    assertThat(out).hasToString("الاسلامي\nوزاره الخارجيه\n");
  }

  @Test
  void readsStandardInputForDash() {
    stdin("مستشفى");
    assertThat(run("normalize", "-")).isZero();
    assertThat(out).hasToString("مستشفي");
  }

  @Test
  void standardInputLargerThanABlockIsCutAtLineBreaks() {
    String line = "الإرهابَ\n";
    int lines = NormalizeCommand.BLOCK_CHARS / line.length() + 1000;
    stdin(line.repeat(lines));
    assertThat(run("normalize")).isZero();
    assertThat(out).hasToString("الارهاب\n".repeat(lines));
  }

  @Test
  void explainPrintsTheChangesOfEveryRule() {
    assertThat(run("normalize", "--explain", "الإرهـابَ ٢٠٢٥")).isZero();
    assertThat(out.toString())
        .startsWith("الارهاب 2025\n")
        .contains("presentation-forms: 0\n", "tatweel: 1\n", "diacritics: 1\n")
        .contains("alef-forms: 1\n", "arabic-digits: 4\n")
        .endsWith("whitespace: 0\n");
  }

  @Test
  void explainSumsOverStandardInput() {
    stdin("أ\nإ");
    assertThat(run("normalize", "--explain")).isZero();
    assertThat(out.toString()).startsWith("ا\nا\n").contains("alef-forms: 2\n");
  }

  @Test
  void dashMixedWithTextIsAUserError() {
    assertThat(run("normalize", "نص", "-")).isEqualTo(2);
    assertThat(err.toString()).contains("normalize").contains("'-'").doesNotContain("Exception");
  }

  @Test
  void isListedInTheHelp() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("normalize");
  }
}
