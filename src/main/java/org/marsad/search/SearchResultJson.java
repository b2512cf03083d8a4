package org.marsad.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The JSON form of a {@link SearchResult}, shared by {@code marsad search --json} and the HTTP API:
 *
 * <pre>
 * {"total": n,
 *  "hits": [{"id", "url", "title", "source", "published" (ISO-8601 UTC or null),
 *            "snippet" (plain original text), "highlights" ([[start, end], ...] in snippet, UTF-16 units),
 *            "snippetHtml" (escaped, &lt;mark&gt;), "titleHtml"}],
 *  "facets": {"sources": [{"value", "count"}], "days": [...], "categories": [...],
 *             "entities": [...]},
 *  "problems": ["..."]}
 * </pre>
 */
public final class SearchResultJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private SearchResultJson() {}

  public static ObjectNode toJson(SearchResult result) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("total", result.total());
    ArrayNode hits = root.putArray("hits");
    for (SearchHit hit : result.hits()) {
      ObjectNode node = hits.addObject();
      node.put("id", hit.id());
      node.put("url", hit.url());
      node.put("title", hit.title());
      node.put("source", hit.source());
      node.put("published", hit.published() == null ? null : hit.published().toString());
      node.put("snippet", hit.snippet().text());
      ArrayNode ranges = node.putArray("highlights");
      for (Snippet.Range range : hit.snippet().highlights()) {
        ranges.addArray().add(range.start()).add(range.end());
      }
      node.put("snippetHtml", hit.snippet().html());
      node.put("titleHtml", hit.titleSnippet().html());
      hit.alsoPublishedBy().forEach(node.putArray("alsoPublishedBy")::add);
    }
    ObjectNode facets = root.putObject("facets");
    counts(facets.putArray("sources"), result.facets().sources());
    counts(facets.putArray("days"), result.facets().days());
    counts(facets.putArray("categories"), result.facets().categories());
    counts(facets.putArray("entities"), result.facets().entities());
    ArrayNode problems = root.putArray("problems");
    result.problems().forEach(problems::add);
    return root;
  }

  private static void counts(ArrayNode array, List<SearchFacets.FacetCount> counts) {
    for (SearchFacets.FacetCount count : counts) {
      array.addObject().put("value", count.value()).put("count", count.count());
    }
  }
}
