package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code marsad train ner} and {@code marsad eval ner} on a small hand-written corpus. */
class TrainNerCommandTest {
  private static final Path TINY = Path.of("src/test/resources/enrich/ner-tiny.conll");

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return MarsadCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void trainsAModelThatEvalScoresEndingWithTheMicroF1Line() throws Exception {
    Path model = dir.resolve("ner.model");
    assertThat(
            run(
                "train",
                "ner",
                "--data",
                TINY.toString(),
                "--out",
                model.toString(),
                "--epochs",
                "8",
                "--dev",
                "0.2"))
        .isEqualTo(0);
    assertThat(out.toString())
        .contains("holding out 3 as dev")
        .contains("epoch 8:")
        .contains("dev P ")
        .contains("wrote " + model);
    assertThat(Files.size(model)).isPositive();

    out.getBuffer().setLength(0);
    assertThat(run("eval", "ner", "--test", TINY.toString(), "--model", model.toString()))
        .isEqualTo(0);
    String[] lines = out.toString().strip().split("\n");
    assertThat(lines[lines.length - 1]).matches("micro F1 [01]\\.\\d{4}");
    assertThat(out.toString())
        .contains("tokens/s")
        .contains("PERSON")
        .contains("LOCATION")
        .contains("ORGANIZATION")
        .contains("MISC");
  }

  @Test
  void badArgumentsAreOneLineNamingTheValue() throws Exception {
    assertThat(run("train", "ner", "--data", dir.resolve("none.txt").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no such file: --data");
    Path junk = Files.writeString(dir.resolve("junk.model"), "junk");
    assertThat(run("eval", "ner", "--test", TINY.toString(), "--model", junk.toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot read NER model " + junk);
    assertThat(run("train", "ner", "--data", TINY.toString(), "--dev", "1.5")).isEqualTo(2);
    assertThat(err.toString()).contains("--dev must be in [0, 1)");
  }
}
