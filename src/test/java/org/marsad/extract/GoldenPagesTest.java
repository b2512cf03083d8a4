package org.marsad.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
 * Every {@code src/test/resources/extract/<name>/page.html} extracts to its {@code
 * page.expected.json} (the {@code marsad analyze} JSON contract); an optional {@code page.url}
 * gives the page's address.
 */
class GoldenPagesTest {

  private static final Path ROOT = Path.of("src/test/resources/extract");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Path> pages() throws IOException {
    List<Path> dirs = new ArrayList<>();
    try (Stream<Path> s = Files.list(ROOT)) {
      s.filter(d -> Files.exists(d.resolve("page.html"))).sorted().forEach(dirs::add);
    }
    assertThat(dirs).isNotEmpty();
    return dirs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void extractsAsExpected(Path dir) throws IOException {
    Path urlFile = dir.resolve("page.url");
    String url = Files.exists(urlFile) ? Files.readString(urlFile).strip() : null;
    ExtractedArticle a =
        new PageExtractor()
            .extract(new Page(Files.readAllBytes(dir.resolve("page.html")), null, url, false));
    JsonNode expected = JSON.readTree(dir.resolve("page.expected.json").toFile());
    assertThat(expected.get("title").asText(null)).isEqualTo(a.title());
    assertThat(texts(expected.get("paragraphs"))).isEqualTo(a.paragraphs());
    assertThat(expected.get("body").asText()).isEqualTo(a.body());
    assertThat(expected.get("source").asText(null)).isEqualTo(a.source());
    assertThat(expected.get("published").asText(null))
        .isEqualTo(a.published() == null ? null : a.published().toString());
    assertThat(expected.get("author").asText(null)).isEqualTo(a.author());
    assertThat(expected.get("url").asText(null)).isEqualTo(a.url());
    assertThat(expected.get("language").asText(null)).isEqualTo(a.language());
    assertThat(texts(expected.get("pageTags"))).isEqualTo(a.pageTags());
    List<String> links = new ArrayList<>();
    expected
        .get("links")
        .forEach(
            l ->
                links.add(
                    l.get("kind").asText()
                        + " "
                        + l.get("title").asText()
                        + " "
                        + l.get("url").asText(null)));
    assertThat(a.links())
        .extracting(l -> l.kind().label() + " " + l.title() + " " + l.url())
        .isEqualTo(links);
    List<String> related = new ArrayList<>();
    expected
        .get("related")
        .forEach(r -> related.add(r.get("title").asText(null) + " | " + r.get("body").asText()));
    assertThat(a.related()).extracting(r -> r.title() + " | " + r.body()).isEqualTo(related);
    assertThat(texts(expected.get("problems"))).isEqualTo(a.problems());
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
