package org.marsad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import org.marsad.model.Article;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
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

  /**
   * What Marsad's enrichment found in the article's text: its entities (stored id, the entity's
   * canonical name, the article's spellings, how often and where first), keywords, tags, the page's
   * tags its text never mentions, and the category (null when none was predicted).
   */
  static ObjectNode enrichment(Enrichment enrichment) {
    ObjectNode node = MAPPER.createObjectNode();
    ArrayNode entities = node.putArray("entities");
    for (ArticleEntity e : enrichment.entities()) {
      ObjectNode entity = entities.addObject();
      entity.put("id", e.id());
      entity.put("canonical", e.canonical());
      entity.put("type", e.type().name());
      ArrayNode variants = entity.putArray("variants");
      e.variants().forEach(variants::add);
      entity.put("count", e.count());
      entity.put("start", e.mentions().get(0).start());
      entity.put("end", e.mentions().get(0).end());
    }
    ArrayNode keywords = node.putArray("keywords");
    enrichment.keywords().forEach(keywords::add);
    ArrayNode tags = node.putArray("tags");
    enrichment.tags().forEach(tags::add);
    ArrayNode generic = node.putArray("genericPageTags");
    enrichment.genericPageTags().forEach(generic::add);
    Category category = enrichment.category();
    if (category == null) {
      node.putNull("category");
    } else {
      node.putObject("category").put("label", category.label()).put("score", category.score());
    }
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
