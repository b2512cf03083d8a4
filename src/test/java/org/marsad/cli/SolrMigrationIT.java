package org.marsad.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.solr.TestCluster;
import org.marsad.testing.Reliability;

/**
 * An embedded data directory filled by {@code marsad import} from real ANT articles, moved to a
 * SolrCloud cluster with {@code marsad migrate --to-zk}, indexed there with {@code marsad reindex
 * --backend solr}: the counts agree, and the same searches find as many articles on both backends.
 */
class SolrMigrationIT {
  private static final Path ANT =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");
  private static final int ARTICLES = 150;
  private static final List<String> QUERIES =
      List.of("مصر", "الرئيس الأمريكي", "\"الأمم المتحدة\"", "كرة -القدم", "source:alarabia");

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    return MarsadCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  @Test
  void anEmbeddedDataDirectoryMovesToSolrCloudAndSearchesAlike() throws Exception {
    assumeTrue(Files.isRegularFile(ANT), "ANT sample not found at " + ANT + ": skipped");
    String zk = TestCluster.shared().zkAddress();
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    String prefix = "m" + UUID.randomUUID().toString().substring(0, 8) + "_";
    Files.writeString(data.resolve("marsad.properties"), "solr.prefix=" + prefix + "\n");
    Path sample = dir.resolve("sample.jsonl");
    Files.write(sample, firstLines(ANT, ARTICLES), StandardCharsets.UTF_8);

    assertThat(run("import", sample.toString(), "--data", data.toString()))
        .as(err.toString())
        .isZero();
    assertThat(run("solr", "upload", "--zk", zk)).as(err.toString()).isZero();
    long started = System.nanoTime();
    assertThat(run("migrate", "--data", data.toString(), "--to-zk", zk))
        .as(out + "\n" + err)
        .isZero();
    long migrateMillis = (System.nanoTime() - started) / 1_000_000;
    assertThat(out.toString())
        .contains("counts match")
        .containsPattern("articles\\s+" + ARTICLES + "\\s+" + ARTICLES);

    assertThat(run("reindex", "--data", data.toString(), "--backend", "solr", "--zk", zk))
        .as(out + "\n" + err)
        .isZero();
    List<String> compared = new ArrayList<>();
    for (String query : QUERIES) {
      long embedded = total("search", query, "--json", "--data", data.toString());
      long solr =
          total(
              "search",
              query,
              "--json",
              "--data",
              data.toString(),
              "--backend",
              "solr",
              "--zk",
              zk);
      assertThat(solr).as("hits of %s on SolrCloud and embedded", query).isEqualTo(embedded);
      compared.add(query + "=" + embedded);
    }
    assertThat(compared).as("some query must find something").anyMatch(q -> !q.endsWith("=0"));
    Reliability.record(
        "faults",
        "SolrMigrationIT.anEmbeddedDataDirectoryMovesToSolrCloudAndSearchesAlike",
        ARTICLES
            + " ANT articles imported, migrated with marsad migrate --to-zk, reindexed on the cluster",
        "counts match on both sides; each query finds as many articles on both backends",
        "migrate " + migrateMillis + " ms; hits " + String.join(", ", compared));
  }

  private long total(String... args) throws Exception {
    assertThat(run(args)).as(err.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    return json.get("total").asLong();
  }

  private static List<String> firstLines(Path file, int count) throws Exception {
    List<String> lines = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine();
          line != null && lines.size() < count;
          line = in.readLine()) {
        lines.add(line);
      }
    }
    return lines;
  }
}
