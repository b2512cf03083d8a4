package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.PageParts;
import org.marsad.store.Revision;

/** The JSON form of a stored article for {@code GET /api/articles/{id}}: the source's own text. */
final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  static ObjectNode toJson(Article article, List<Revision> revisions) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", article.id());
    node.put("url", article.url());
    node.put("guid", article.guid());
    node.put("source", article.source());
    node.put("title", article.title());
    node.put("author", article.author());
    node.put("category", article.category());
    node.put("published", iso(article.published()));
    node.put("fetched", iso(article.fetched()));
    node.put("summary", article.summary());
    node.put("body", article.body());
    ArrayNode paragraphs = node.putArray("paragraphs");
    if (article.body() != null) {
      for (String paragraph : article.body().split("\n\n")) {
        if (!paragraph.isBlank()) {
          paragraphs.add(paragraph);
        }
      }
    }
    ArrayNode tags = node.putArray("tags");
    article.tags().forEach(tags::add);
    node.put("revisions", revisions.size());
    node.set("page", page(article.page()));
    return node;
  }

  /** What the article's page showed around it (empty lists when it came without a page). */
  private static ObjectNode page(PageParts page) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("language", page.language());
    ArrayNode pageTags = node.putArray("pageTags");
    page.pageTags().forEach(pageTags::add);
    ArrayNode related = node.putArray("related");
    page.related().forEach(r -> related.addObject().put("title", r.title()).put("body", r.body()));
    ArrayNode links = node.putArray("links");
    page.links()
        .forEach(
            l ->
                links
                    .addObject()
                    .put("title", l.title())
                    .put("url", l.url())
                    .put("kind", l.kind().label()));
    return node;
  }

  static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
