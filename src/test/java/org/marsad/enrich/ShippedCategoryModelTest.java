package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.model.Category;
import org.marsad.testing.AntFeeds;

/** The model in the jar, on real ANT articles of the test split (which it was not trained on). */
class ShippedCategoryModelTest {

  @Test
  void shipsAModelOverTheSixAntCategories() {
    LinearCategoryClassifier model = CategoryClassifiers.shipped();
    assertThat(model).isNotNull();
    assertThat(model.labels())
        .containsExactly(
            "culture", "economy", "internationalNews", "middleEast", "sport", "technology");
  }

  @Test
  void classifiesRealTestArticlesMostlyRight() throws IOException {
    Assumptions.assumeTrue(
        Files.isRegularFile(AntFeeds.SAMPLE),
        "ANT sample absent (" + AntFeeds.SAMPLE + "): test skipped");
    LinearCategoryClassifier model = CategoryClassifiers.shipped();
    ObjectMapper json = new ObjectMapper();
    int total = 0;
    int right = 0;
    int sports = 0;
    int sportsRight = 0;
    try (BufferedReader in = Files.newBufferedReader(AntFeeds.SAMPLE, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode n = json.readTree(line);
        if (!n.path("split").asText().equals("test")) {
          continue;
        }
        String truth = n.path("category").asText();
        Category c = model.classify(n.path("title").asText(), n.path("text").asText());
        assertThat(c).isNotNull();
        assertThat(c.score()).isBetween(0.0, 1.0);
        total++;
        right += c.label().equals(truth) ? 1 : 0;
        if (truth.equals("sport")) {
          sports++;
          sportsRight += c.label().equals(truth) ? 1 : 0;
        }
      }
    }
    assertThat(total).isEqualTo(766);
    assertThat((double) right / total).isGreaterThanOrEqualTo(0.85);
    assertThat((double) sportsRight / sports).isGreaterThanOrEqualTo(0.97);
  }
}
