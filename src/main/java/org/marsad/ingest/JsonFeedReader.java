package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Feed 1.0 and 1.1 (jsonfeed.org): {@code author} (1.0) and {@code authors} (1.1), {@code
 * content_html} preferred to {@code content_text}, {@code tags} as categories.
 */
final class JsonFeedReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";

  private JsonFeedReader() {}

  static ParsedFeed read(String text, List<String> problems) {
    List<String> all = new ArrayList<>(problems);
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      all.add("not a feed: malformed JSON (" + e.getOriginalMessage() + ")");
      return ParsedFeed.none(all);
    }
    if (root == null || !root.isObject() || !root.path("items").isArray()) {
      all.add("not a feed: JSON without an items array");
      return ParsedFeed.none(all);
    }
    if (!root.path("version").asText("").startsWith(VERSION_PREFIX)) {
      all.add("JSON feed without a jsonfeed.org version; read anyway");
    }
    List<FeedItem> items = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (item.isObject()) {
        items.add(item(item));
      }
    }
    return new ParsedFeed(
        FeedFormat.JSON_FEED,
        PlainText.of(string(root, "title")),
        string(root, "home_page_url"),
        items,
        List.of(),
        all);
  }

  private static FeedItem item(JsonNode item) {
    String link = string(item, "url");
    if (link == null) {
      link = string(item, "external_url");
    }
    String content = string(item, "content_html");
    if (content == null) {
      content = string(item, "content_text");
    }
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      if (tag.isTextual() && !tag.asText().isBlank()) {
        tags.add(tag.asText().strip());
      }
    }
    return new FeedItem(
        string(item, "id"),
        link,
        PlainText.of(string(item, "title")),
        string(item, "summary"),
        content,
        FeedDates.parse(string(item, "date_published")),
        FeedDates.parse(string(item, "date_modified")),
        author(item),
        tags);
  }

  private static String author(JsonNode item) {
    for (JsonNode author : item.path("authors")) {
      String name = string(author, "name");
      if (name != null) {
        return name;
      }
    }
    return string(item.path("author"), "name");
  }

  /** A text or number field as text; null when absent, null or blank. */
  private static String string(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }
}
