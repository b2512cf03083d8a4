package org.marsad.story.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Reads the evaluation files: JSONL documents and TSV pairs. Lenient with lines (a line that is not
 * a JSON object, or a pair row with too few columns, is counted as skipped); strict with files (an
 * unreadable file, or a pairs file without {@code docno_a} and {@code docno_b} columns, throws).
 */
public final class EvalFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A labelled pair of documents; {@code label} is null when the file has no label column. */
  public record Pair(String a, String b, Integer label) {}

  /** What was read, and how many lines were skipped as malformed. */
  public record Read<T>(List<T> items, int skipped) {}

  private EvalFiles() {}

  /** Each JSON object line of {@code jsonl}; malformed lines are skipped and counted. */
  public static int eachJson(Path jsonl, Consumer<JsonNode> action) throws IOException {
    int skipped = 0;
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          skipped++;
          continue;
        }
        if (node == null || !node.isObject()) {
          skipped++;
          continue;
        }
        action.accept(node);
      }
    }
    return skipped;
  }

  /** The documents of {@code jsonl}; lines without a {@code docno} are skipped. */
  public static Read<EvalDoc> docs(Path jsonl) throws IOException {
    List<EvalDoc> docs = new ArrayList<>();
    int[] noId = {0};
    int skipped =
        eachJson(
            jsonl,
            n -> {
              String docno = n.path("docno").asText("");
              if (docno.isEmpty()) {
                noId[0]++;
                return;
              }
              docs.add(
                  new EvalDoc(
                      docno,
                      n.path("title").asText(""),
                      n.path("text").asText(""),
                      n.path("source").asText(""),
                      n.path("url").asText(""),
                      n.path("pub_date_raw").asText(""),
                      n.path("category").asText("")));
            });
    return new Read<>(docs, skipped + noId[0]);
  }

  /**
   * The pairs of a TSV with a header naming {@code docno_a}, {@code docno_b} and optionally {@code
   * label} (1 or 0; other values skip the row).
   *
   * @throws IOException if the file cannot be read or lacks the two id columns
   */
  public static Read<Pair> pairs(Path tsv) throws IOException {
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IOException("empty pairs file " + tsv);
    }
    List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).strip().split("\t"));
    int a = header.indexOf("docno_a");
    int b = header.indexOf("docno_b");
    int label = header.indexOf("label");
    if (a < 0 || b < 0) {
      throw new IOException("pairs file " + tsv + " needs docno_a and docno_b columns: " + header);
    }
    List<Pair> pairs = new ArrayList<>();
    int skipped = 0;
    for (String line : lines.subList(1, lines.size())) {
      if (line.isBlank()) {
        continue;
      }
      String[] cells = line.strip().split("\t");
      int needed = Math.max(Math.max(a, b), label) + 1;
      Integer value = label < 0 || cells.length < needed ? null : labelOf(cells[label]);
      if (cells.length < needed || (label >= 0 && value == null)) {
        skipped++;
        continue;
      }
      pairs.add(new Pair(cells[a].strip(), cells[b].strip(), value));
    }
    return new Read<>(pairs, skipped);
  }

  private static Integer labelOf(String cell) {
    return switch (cell.strip()) {
      case "1" -> 1;
      case "0" -> 0;
      default -> null;
    };
  }
}
