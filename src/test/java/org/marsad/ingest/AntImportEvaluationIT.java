package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.dedup.UrlCanonicalizer;
import org.marsad.store.SqliteStore;

/**
 * Imports the whole ANT sample into a fresh store: one article per distinct canonical URL (the
 * corpus files some articles under two categories), every date understood. Prints throughput; no
 * timing is asserted. Skipped when the shared data is absent.
 */
class AntImportEvaluationIT {
  private static final Path ANT =
      Path.of(System.getProperty("marsad.data", "../shared/data"))
          .resolve("ant-corpus-v2.1-sample/ant_v2.1_sample.jsonl");

  @TempDir Path dataDir;

  @Test
  void storesOneArticlePerDistinctCanonicalUrl() throws Exception {
    assumeTrue(Files.isRegularFile(ANT), "ANT sample not found at " + ANT + "; skipping");
    Set<String> distinctUrls = new HashSet<>();
    long lines = 0;
    ObjectMapper json = new ObjectMapper();
    UrlCanonicalizer canonicalizer = new UrlCanonicalizer();
    try (BufferedReader in = Files.newBufferedReader(ANT, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode node = json.readTree(line);
        distinctUrls.add(canonicalizer.canonicalize(node.get("url").asText()));
        lines++;
      }
    }

    long start = System.nanoTime();
    ImportSummary summary;
    try (SqliteStore store = SqliteStore.open(dataDir)) {
      summary = new JsonlImporter(store).importFile(ANT, ImportListener.NONE);
      assertThat(store.articleCount()).isEqualTo(distinctUrls.size());
    }
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(summary.linesRead()).isEqualTo(lines);
    assertThat(summary.articlesNew()).isEqualTo(distinctUrls.size());
    assertThat(summary.linesRepeated()).isEqualTo(lines - distinctUrls.size());
    assertThat(summary.linesMalformed()).isZero();
    assertThat(summary.datesUnparsed()).isZero();
    System.out.printf(
        Locale.ROOT,
        "ANT import: %d lines, %d articles, %d repeated URLs, %.2f s, %.0f docs/s%n",
        lines,
        summary.articlesNew(),
        summary.linesRepeated(),
        seconds,
        lines / seconds);
  }
}
