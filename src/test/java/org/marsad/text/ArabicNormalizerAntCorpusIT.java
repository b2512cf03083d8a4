package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizerPropertyTest.UnfusedRule;

/**
 * On every title and body of the real ANT sample, the standard normalizer (one pass for most texts)
 * gives the text and alignment of the rules applied one by one. Skips when the data is absent.
 */
class ArabicNormalizerAntCorpusIT {
  private static final Path ANT_SAMPLE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  @Test
  void everyAntTextNormalizesAlikeInOnePassAndOneByOne() throws IOException {
    assumeTrue(Files.isRegularFile(ANT_SAMPLE), "ANT sample not found at " + ANT_SAMPLE);
    ArabicNormalizer standard = ArabicNormalizer.standard();
    ArabicNormalizer oneByOne =
        ArabicNormalizer.of(
            ArabicNormalizer.standardRules().stream()
                .<NormalizationRule>map(UnfusedRule::new)
                .toList());
    SinglePassNormalizer singlePass =
        ArabicNormalizerPropertyTest.singlePassOf(ArabicNormalizer.standardRules());
    ObjectMapper json = new ObjectMapper();
    int texts = 0;
    int inOnePass = 0;
    try (BufferedReader lines = Files.newBufferedReader(ANT_SAMPLE, StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode item = json.readTree(line);
        for (String field : new String[] {"title", "text"}) {
          String text = item.path(field).asText("");
          NormalizedText expected = oneByOne.normalizeAligned(text);
          assertThat(standard.normalizeAligned(text)).as(field).isEqualTo(expected);
          if (singlePass.normalize(text) != null) {
            inOnePass++;
          }
          texts++;
        }
      }
    }
    System.out.printf("ANT: %d texts normalize alike; %d of them in one pass%n", texts, inOnePass);
    assertThat(inOnePass).as("texts normalized in one pass").isGreaterThan(texts * 9 / 10);
  }
}
