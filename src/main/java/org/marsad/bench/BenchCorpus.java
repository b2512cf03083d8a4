package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the benchmark documents from a JSONL corpus with the ANT fields ({@code url, title, text,
 * source, category, abstract, pub_date_raw, author}); lines without a text are skipped.
 */
final class BenchCorpus {
  private BenchCorpus() {}

  static List<BenchDoc> read(Path jsonl) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<BenchDoc> docs = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText("");
        if (!text.isBlank()) {
          docs.add(
              new BenchDoc(
                  node.path("url").asText(""),
                  node.path("title").asText(""),
                  text,
                  node.path("source").asText(""),
                  node.path("category").asText(""),
                  node.path("abstract").asText(""),
                  node.path("pub_date_raw").asText(""),
                  node.path("author").asText("")));
        }
      }
    }
    return docs;
  }
}
