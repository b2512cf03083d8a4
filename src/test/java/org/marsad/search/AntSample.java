package org.marsad.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.model.Article;

/** The real ANT corpus sample as stored articles (ids are line numbers); skips when absent. */
final class AntSample {

  static final Path FILE =
      Path.of(
          System.getProperty("marsad.data", "../shared/data"),
          "ant-corpus-v2.1-sample",
          "ant_v2.1_sample.jsonl");

  private AntSample() {}

  /** The sample's articles, or a skipped test when the shared data is not there. */
  static List<Article> articles() throws IOException {
    assumeTrue(Files.isRegularFile(FILE), "ANT sample not found at " + FILE + ": skipped");
    ObjectMapper json = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
      String line;
      long id = 0;
      while ((line = lines.readLine()) != null) {
        id++;
        JsonNode item = json.readTree(line);
        articles.add(
            new Article(
                id,
                text(item, "url"),
                null,
                0,
                text(item, "source"),
                text(item, "title"),
                text(item, "text"),
                text(item, "abstract"),
                date(text(item, "pub_date_raw")),
                Instant.EPOCH,
                text(item, "author"),
                text(item, "category"),
                List.of()));
      }
    }
    return articles;
  }

  private static String text(JsonNode item, String field) {
    JsonNode value = item.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static Instant date(String raw) {
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
