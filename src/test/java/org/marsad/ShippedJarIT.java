package org.marsad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as shipped ({@code target/marsad.jar}, built by {@code package} before failsafe
 * runs): it carries no evaluation baseline, and it says what it is.
 */
class ShippedJarIT {
  private static final Path JAR = Path.of("target", "marsad.jar");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void carriesNoBaselineExtractor() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (run mvn package first)");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> baselines =
          jar.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith("net/dankito/") || n.contains("Readability4j"))
              .toList();
      assertThat(baselines).isEmpty();
      assertThat(jar.getEntry("org/marsad/cli/MarsadCommand.class")).isNotNull();
    }
  }

  @Test
  void manifestSaysWhatItIs() throws IOException {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (run mvn package first)");
    try (JarFile jar = new JarFile(JAR.toFile())) {
      Attributes main = jar.getManifest().getMainAttributes();
      assertThat(main.getValue("Implementation-Title")).isEqualTo("Marsad");
      assertThat(main.getValue("Implementation-Version")).matches("\\d+\\.\\d+\\.\\d+.*");
      assertThat(main.getValue("Marsad-Commit")).matches("[0-9a-f]{7,40}|");
      assertThat(main.getValue("Marsad-Contents")).contains("no evaluation baselines");
    }
  }

  @Test
  void versionOptionPrintsVersionAndCommit() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (run mvn package first)");
    String version;
    try (JarFile jar = new JarFile(JAR.toFile())) {
      version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
    }
    assertThat(runJar("--version"))
        .startsWith("marsad " + version + " (commit ")
        .contains(", built ");
  }

  /** Without readability4j on its class path, the jar still evaluates Marsad's own extractor. */
  @Test
  void evaluatesExtractionWithItsOwnExtractor() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + " (run mvn package first)");
    Path fixture = Path.of("src/test/resources/extract/news-jsonld");
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Files.copy(fixture.resolve("page.html"), pages.resolve("budget.html"));
    String body =
        JSON.readTree(fixture.resolve("page.expected.json").toFile()).get("body").asText();
    Path truth = dir.resolve("truth.json");
    JSON.writeValue(truth.toFile(), Map.of("budget", Map.of("articleBody", body)));
    String out =
        runJar(
            "eval",
            "extraction",
            "--pages",
            pages.toString(),
            "--truth",
            truth.toString(),
            "--baseline",
            "copy=" + truth);
    assertThat(out.split("\n"))
        .anyMatch(
            l ->
                l.matches(
                    "extraction\tmarsad\t\tpages=1\tP=1.000\tR=1.000\tF1=1.000\tpages/s=\\d+"))
        .contains("extraction\tcopy\t\tpages=1\tP=1.000\tR=1.000\tF1=1.000\tpages/s=-");
  }

  /** Runs the jar in a child JVM; returns what it printed, after checking it exited 0. */
  private static String runJar(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }
}
