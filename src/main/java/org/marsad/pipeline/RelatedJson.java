package org.marsad.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON form of a {@link RelatedArticles.Result}, shared by {@code marsad related --json} and
 * {@code GET /api/articles/{id}/related}:
 *
 * <pre>
 * {"article": id,
 *  "related": [{"id", "title", "url", "source", "published" (ISO-8601 UTC or null),
 *               "story", "similarity" (0..1), "reasons": ["shared name or phrase", ...]}]}
 * </pre>
 */
public final class RelatedJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RelatedJson() {}

  public static ObjectNode toJson(RelatedArticles.Result result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("article", result.article().id());
    ArrayNode related = root.putArray("related");
    for (RelatedHit hit : result.related()) {
      ObjectNode node = related.addObject();
      node.put("id", hit.article().id());
      node.put("title", hit.article().title());
      node.put("url", hit.article().url());
      node.put("source", hit.article().source());
      node.put(
          "published",
          hit.article().published() == null ? null : hit.article().published().toString());
      node.put("story", hit.story());
      node.put("similarity", Math.round(hit.similarity() * 10_000) / 10_000.0);
      ArrayNode reasons = node.putArray("reasons");
      hit.reasons().forEach(reasons::add);
    }
    return root;
  }
}
