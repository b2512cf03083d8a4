package org.marsad.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real inputs to grow property-test generators from: the repo's own fixtures, and the Arabic text
 * of the ANT corpus sample in ../shared/data when it is there (read in place; without it the
 * fixtures alone are used, so the properties still run).
 */
public final class RealFragments {
  private static final Path ANT_SAMPLE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  /** ANT lines read at most: enough variety, little start-up time. */
  private static final int ANT_LINES = 400;

  private static List<JsonNode> antLines;

  private RealFragments() {}

  /**
   * The bytes of every file under a test-resource directory (e.g. {@code "/ingest"}), searched
   * recursively, whose name ends with one of {@code suffixes} (any name when none are given).
   */
  public static List<byte[]> resourceFiles(String directory, String... suffixes) {
    URL url = RealFragments.class.getResource(directory);
    if (url == null) {
      throw new IllegalArgumentException("no test resource directory " + directory);
    }
    try (Stream<Path> files = Files.walk(Path.of(url.toURI()))) {
      List<byte[]> found = new ArrayList<>();
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = file.getFileName().toString();
        if (suffixes.length == 0 || Stream.of(suffixes).anyMatch(name::endsWith)) {
          found.add(Files.readAllBytes(file));
        }
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same files as text (UTF-8, malformed bytes replaced). */
  public static List<String> resourceTexts(String directory, String... suffixes) {
    return resourceFiles(directory, suffixes).stream()
        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
        .toList();
  }

  /**
   * One text field of the first ANT sample lines (e.g. "title", "text", "pub_date_raw", "url"),
   * blank values left out; empty when the sample is absent.
   */
  public static List<String> antField(String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode line : antLines()) {
      JsonNode value = line.get(field);
      if (value != null && value.isTextual() && !value.asText().isBlank()) {
        values.add(value.asText());
      }
    }
    return values;
  }

  /** {@code fallback} followed by the ANT field's values, so a list is never empty. */
  public static List<String> antFieldOr(String field, List<String> fallback) {
    List<String> values = new ArrayList<>(fallback);
    values.addAll(antField(field));
    return values;
  }

  private static synchronized List<JsonNode> antLines() {
    if (antLines == null) {
      antLines = Files.isRegularFile(ANT_SAMPLE) ? readAnt() : List.of();
    }
    return antLines;
  }

  private static List<JsonNode> readAnt() {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(ANT_SAMPLE, StandardCharsets.UTF_8)) {
      String line;
      while (lines.size() < ANT_LINES && (line = reader.readLine()) != null) {
        lines.add(json.readTree(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + ANT_SAMPLE, e);
    }
    return lines;
  }
}
