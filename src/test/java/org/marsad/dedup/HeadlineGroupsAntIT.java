package org.marsad.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The short-text method on real headlines: re-titled cross-source copies of the ANT sample (the
 * silver pairs whose sources differ, headlines not identical) should be grouped; same-day,
 * same-category headlines of different sources whose bodies share almost nothing (Jaccard below
 * 0.05: different stories) should not. Skips when the data is absent.
 */
class HeadlineGroupsAntIT {
  private static final Path ANT =
      Path.of(System.getProperty("marsad.data", "../shared/data"), "ant-corpus-v2.1-sample");

  private record Doc(
      String id, String source, String category, String day, String title, String text) {}

  @Test
  void retitledCopiesAreFoundAndDifferentStoriesAreNot() throws IOException {
    Path docsFile = ANT.resolve("ant_v2.1_sample.jsonl");
    Path pairsFile = ANT.resolve("near_duplicates_silver.tsv");
    assumeTrue(Files.isRegularFile(docsFile), "ANT sample not found at " + docsFile);
    ObjectMapper json = new ObjectMapper();
    Map<String, Doc> docs = new LinkedHashMap<>();
    for (String line : Files.readAllLines(docsFile, StandardCharsets.UTF_8)) {
      JsonNode n = json.readTree(line);
      String id = n.path("docno").asText();
      docs.put(
          id,
          new Doc(
              id,
              n.path("source").asText(),
              n.path("category").asText(),
              id.substring(id.lastIndexOf('-') + 1),
              n.path("title").asText(),
              n.path("text").asText()));
    }
    Set<String> silver = new HashSet<>();
    int positives = 0;
    int found = 0;
    for (String line : Files.readAllLines(pairsFile, StandardCharsets.UTF_8).subList(1, 799)) {
      String[] c = line.split("\t");
      silver.add(c[0] + c[1]);
      silver.add(c[1] + c[0]);
      Doc a = docs.get(c[0]);
      Doc b = docs.get(c[1]);
      if (!a.source().equals(b.source()) && !a.title().equals(b.title())) {
        positives++;
        found += grouped(a, b) ? 1 : 0;
      }
    }
    DedupConfig config = DedupConfig.defaults();
    Map<String, List<Doc>> byDay = new LinkedHashMap<>();
    docs.values()
        .forEach(d -> byDay.computeIfAbsent(d.day() + d.category(), k -> new ArrayList<>()).add(d));
    int negatives = 0;
    int merged = 0;
    List<String> examples = new ArrayList<>();
    for (List<Doc> day : byDay.values()) {
      for (int i = 0; i < day.size(); i++) {
        for (int j = i + 1; j < day.size(); j++) {
          Doc a = day.get(i);
          Doc b = day.get(j);
          if (a.source().equals(b.source()) || silver.contains(a.id() + b.id())) {
            continue;
          }
          double bodies =
              BodyFingerprint.of(a.text(), config)
                  .overlap(BodyFingerprint.of(b.text(), config))
                  .jaccard();
          if (bodies < 0.05) {
            negatives++;
            if (grouped(a, b)) {
              merged++;
              examples.add(a.title() + " | " + b.title());
            }
          }
        }
      }
    }
    double recall = (double) found / positives;
    double falseRate = (double) merged / negatives;
    System.out.printf(
        "headline groups on ANT: retitled copies %d/%d (%.3f), different-story pairs merged %d/%d"
            + " (%.4f)%n",
        found, positives, recall, merged, negatives, falseRate);
    examples.stream().limit(10).forEach(e -> System.out.println("  merged: " + e));
    assertThat(positives).isGreaterThan(100);
    assertThat(recall).isGreaterThanOrEqualTo(0.35);
    assertThat(falseRate).isLessThanOrEqualTo(0.01);
  }

  /** Headlines only, as in a similar-articles list. */
  private static boolean grouped(Doc a, Doc b) {
    return !HeadlineGroups.of(
            List.of(
                new HeadlineGroups.Headline(a.title(), null),
                new HeadlineGroups.Headline(b.title(), null)))
        .isEmpty();
  }
}
