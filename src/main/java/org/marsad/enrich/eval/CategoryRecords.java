package org.marsad.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.enrich.CategoryExample;
import org.marsad.eval.JsonLines;
import org.marsad.eval.Read;

/**
 * Reads labelled articles for category training and evaluation: JSONL records with {@code title},
 * {@code text}, {@code category} and optionally {@code split}. Only {@code title} and {@code text}
 * are read as the article: a URL or source name often spells the category out, and new articles may
 * have neither. Records of another split are passed over; a line that is not a JSON object, lacks
 * {@code text} or {@code category}, or names a category outside the given labels is skipped and
 * named with its reason.
 */
public final class CategoryRecords {
  private CategoryRecords() {}

  /**
   * The records of {@code jsonl} whose {@code split} is {@code split} or absent, in file order.
   *
   * @param labels the categories accepted, or null to accept any
   * @throws IOException if the file cannot be read
   */
  public static Read<CategoryExample> read(Path jsonl, String split, Set<String> labels)
      throws IOException {
    List<CategoryExample> examples = new ArrayList<>();
    List<String> problems =
        JsonLines.eachObject(
            jsonl,
            n -> {
              JsonNode s = n.path("split");
              if (!s.isMissingNode() && !s.isNull() && !s.asText().equals(split)) {
                return null;
              }
              JsonNode text = n.path("text");
              JsonNode category = n.path("category");
              JsonNode title = n.path("title");
              if (!text.isTextual()) {
                return "no text";
              }
              if (!category.isTextual() || category.asText().isBlank()) {
                return "no category";
              }
              if (labels != null && !labels.contains(category.asText())) {
                return "unknown category '" + category.asText() + "'";
              }
              examples.add(
                  new CategoryExample(
                      title.isTextual() ? title.asText() : "", text.asText(), category.asText()));
              return null;
            });
    return new Read<>(examples, problems);
  }
}
