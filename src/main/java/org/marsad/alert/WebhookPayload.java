package org.marsad.alert;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.marsad.model.Article;
import org.marsad.model.SavedSearch;

/**
 * The JSON a webhook receives for one new matching article: {@code {"savedSearch": {id, name,
 * query}, "article": {id, url, title, source, published}}}, the article as published (its text
 * stays on this server).
 */
final class WebhookPayload {
  private static final ObjectMapper JSON = new ObjectMapper();

  private WebhookPayload() {}

  static byte[] of(SavedSearch search, Article article) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode saved = body.putObject("savedSearch");
    saved.put("id", search.id());
    saved.put("name", search.name());
    saved.put("query", search.query());
    ObjectNode node = body.putObject("article");
    node.put("id", article.id());
    node.put("url", article.url());
    node.put("title", article.title());
    node.put("source", article.source());
    node.put("published", article.published() == null ? null : article.published().toString());
    return body.toString().getBytes(StandardCharsets.UTF_8);
  }
}
