package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.model.Article;
import org.marsad.search.ArticleIndex;

/** {@code marsad search} over an index in a temporary data directory. */
class SearchCommandIT {

  @TempDir Path data;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void indexTwoArticles() {
    try (ArticleIndex index = ArticleIndex.open(ArticleIndex.pathIn(data))) {
      index.update(
          article(1, "الجزيرة", "مؤتمر كبير في باريس", "أعلن أحمد عن مُؤْتَمَرٍ في باريس."));
      index.update(article(2, "سكاي نيوز", "حريق في مصنع", "اندلع حريق كبير قرب باريس."));
      index.commit();
    }
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("search", "--data", data.toString()));
    all.addAll(List.of(args));
    return MarsadCommand.run(
        all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void jsonFollowsTheContract() throws Exception {
    assertThat(run("--json", "باريس")).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("total").asLong()).isEqualTo(2);
    JsonNode first = json.get("hits").get(0);
    assertThat(first.get("id").asLong()).isEqualTo(1);
    assertThat(first.get("url").asText()).isEqualTo("https://example.org/1");
    assertThat(first.get("title").asText()).isEqualTo("مؤتمر كبير في باريس");
    assertThat(first.get("source").asText()).isEqualTo("الجزيرة");
    assertThat(first.get("published").asText()).isEqualTo("2024-03-01T10:00:00Z");
    assertThat(first.get("snippet").asText()).isEqualTo("أعلن أحمد عن مُؤْتَمَرٍ في باريس.");
    assertThat(first.get("snippetHtml").asText()).contains("<mark>باريس</mark>");
    JsonNode range = first.get("highlights").get(0);
    assertThat(first.get("snippet").asText().substring(range.get(0).asInt(), range.get(1).asInt()))
        .isEqualTo("باريس");
    assertThat(json.get("facets").get("sources")).hasSize(2);
    assertThat(json.get("problems")).isEmpty();
  }

  @Test
  void listingShowsTitlesSnippetsAndFacets() {
    assertThat(run("--sort", "date", "--limit", "1", "باريس")).isZero();
    String listing = out.toString();
    assertThat(listing)
        .startsWith("2 articles")
        .contains("«باريس»")
        .contains("حريق في مصنع")
        .doesNotContain("مؤتمر كبير")
        .contains("sources: ");
  }

  @Test
  void queryWordsAreJoinedAndDashNeedsTheSeparator() {
    assertThat(run("--json", "--", "-حريق", "باريس")).isZero();
    assertThat(out.toString()).contains("\"total\":1");
  }

  @Test
  void missingIndexIsAUserError() {
    int code =
        MarsadCommand.run(
            new String[] {"search", "--data", data.resolve("nowhere").toString(), "x"},
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).startsWith("marsad search: no search index in ");
  }

  @Test
  void badOptionsAreUserErrors() {
    assertThat(run("--sort", "popularity", "x")).isEqualTo(2);
    assertThat(run("--limit", "0", "x")).isEqualTo(2);
    assertThat(err.toString())
        .contains("--sort must be relevance or date: popularity")
        .contains("--limit must be 1..1000: 0");
  }

  private static Article article(long id, String source, String title, String body) {
    return new Article(
        id,
        "https://example.org/" + id,
        null,
        0,
        source,
        title,
        body,
        null,
        Instant.parse("2024-03-0" + id + "T10:00:00Z"),
        Instant.EPOCH,
        null,
        null,
        List.of());
  }
}
