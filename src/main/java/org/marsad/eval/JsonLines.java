package org.marsad.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSONL file one object a line, skipping (and naming) the lines it cannot take. */
public final class JsonLines {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Takes one JSON object; returns null when taken, or why the line is skipped. */
  @FunctionalInterface
  public interface ObjectLine {
    String take(JsonNode object);
  }

  private JsonLines() {}

  /**
   * Gives each JSON object line of {@code jsonl} to {@code action}, in file order; blank lines are
   * passed over.
   *
   * @return the skipped lines: not JSON, not an object, or refused by {@code action} with its
   *     reason
   * @throws IOException if the file cannot be read
   */
  public static List<String> eachObject(Path jsonl, ObjectLine action) throws IOException {
    List<String> problems = new ArrayList<>();
    int lineNumber = 0;
    try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String problem = take(line, action);
        if (problem != null) {
          problems.add("line " + lineNumber + ": " + problem);
        }
      }
    }
    return problems;
  }

  private static String take(String line, ObjectLine action) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      return "not JSON";
    }
    if (node == null || !node.isObject()) {
      return "not a JSON object";
    }
    return action.take(node);
  }
}
