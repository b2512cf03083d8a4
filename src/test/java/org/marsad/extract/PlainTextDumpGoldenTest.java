package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Page;

/**
 * Golden fixtures: each {@code extract/dump/NAME.txt} (an aggregator-style page dump written for
 * these tests) is extracted and compared field by field with {@code NAME.expected.json}, which uses
 * the field names of {@code marsad analyze --format json}.
 */
class PlainTextDumpGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path dir = Path.of(PlainTextDumpGoldenTest.class.getResource("/extract/dump").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - ".txt".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void matchesExpectedExtraction(String name) throws IOException {
    byte[] page = resource(name + ".txt");
    JsonNode expected = JSON.readTree(resource(name + ".expected.json"));

    ExtractedArticle out = new PlainTextDumpExtractor().extract(new Page(page, null, null, false));

    assertThat(out.title()).isEqualTo(text(expected, "title"));
    assertThat(out.paragraphs()).containsExactlyElementsOf(strings(expected.get("paragraphs")));
    assertThat(out.body()).isEqualTo(String.join("\n\n", out.paragraphs()));
    assertThat(out.source()).isEqualTo(text(expected, "source"));
    assertThat(out.author()).isEqualTo(text(expected, "author"));
    assertThat(out.published() == null ? null : out.published().toString())
        .isEqualTo(text(expected, "published"));
    assertThat(out.pageTags()).containsExactlyElementsOf(strings(expected.get("pageTags")));
    assertThat(out.links())
        .extracting(l -> l.kind().label() + " | " + l.title())
        .containsExactlyElementsOf(pairs(expected.get("links"), "kind", "title"));
    assertThat(out.related())
        .extracting(r -> r.title() + " | " + r.body())
        .containsExactlyElementsOf(pairs(expected.get("related"), "title", "body"));
    assertThat(out.problems()).containsExactlyElementsOf(strings(expected.get("problems")));
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in =
        PlainTextDumpGoldenTest.class.getResourceAsStream("/extract/dump/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> pairs(JsonNode array, String first, String second) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(text(n, first) + " | " + text(n, second)));
    return out;
  }
}
