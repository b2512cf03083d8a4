package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.dedup.HeadlineGroups;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;
import org.marsad.model.EntityMention;
import org.marsad.model.ExtractedArticle;
import org.marsad.model.Link;
import org.marsad.model.RelatedArticle;

/** Renders an {@link ExtractedArticle} as the JSON of {@code marsad analyze}, or as text. */
final class ArticleReport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ArticleReport() {}

  /**
   * The JSON contract: field names fixed, {@code published} as ISO-8601; what enrichment found
   * follows the page's parts.
   */
  static String json(ExtractedArticle a, Enrichment enrichment) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("body", a.body());
    m.put("paragraphs", a.paragraphs());
    m.put("source", a.source());
    m.put("published", a.published() == null ? null : a.published().toString());
    m.put("author", a.author());
    m.put("url", a.url());
    m.put("language", a.language());
    m.put("pageTags", a.pageTags());
    List<Map<String, Object>> related = new ArrayList<>();
    for (RelatedArticle r : a.related()) {
      Map<String, Object> rm = new LinkedHashMap<>();
      rm.put("title", r.title());
      rm.put("body", r.body());
      related.add(rm);
    }
    m.put("related", related);
    List<Map<String, Object>> links = new ArrayList<>();
    for (Link l : a.links()) {
      Map<String, Object> lm = new LinkedHashMap<>();
      lm.put("title", l.title());
      lm.put("url", l.url());
      lm.put("kind", l.kind().label());
      links.add(lm);
    }
    m.put("links", links);
    m.put("duplicateGroups", duplicateGroups(a));
    putEnrichment(m, enrichment);
    m.put("problems", a.problems());
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serializes", e);
    }
  }

  private static void putEnrichment(Map<String, Object> m, Enrichment enrichment) {
    List<Map<String, Object>> entities = new ArrayList<>();
    for (ArticleEntity e : enrichment.entities()) {
      EntityMention first = e.mentions().get(0);
      Map<String, Object> em = new LinkedHashMap<>();
      em.put("text", first.text());
      em.put("canonical", e.canonical());
      em.put("type", e.type().name());
      em.put("start", first.start());
      em.put("end", first.end());
      em.put("count", e.count());
      entities.add(em);
    }
    m.put("entities", entities);
    m.put("keywords", enrichment.keywords());
    m.put("tags", enrichment.tags());
    m.put("genericPageTags", enrichment.genericPageTags());
    Category category = enrichment.category();
    if (category == null) {
      m.put("category", null);
    } else {
      Map<String, Object> cm = new LinkedHashMap<>();
      cm.put("label", category.label());
      cm.put("score", category.score());
      m.put("category", cm);
    }
  }

  /** A readable report: metadata, then body paragraphs, page parts, enrichment and problems. */
  static String text(ExtractedArticle a, Enrichment enrichment) {
    StringBuilder sb = new StringBuilder();
    sb.append("== metadata\n");
    field(sb, "title", a.title());
    field(sb, "source", a.source());
    field(sb, "published", a.published() == null ? null : a.published().toString());
    field(sb, "author", a.author());
    field(sb, "url", a.url());
    field(sb, "language", a.language());
    sb.append("\n== body (").append(a.paragraphs().size()).append(" paragraphs)\n");
    for (int i = 0; i < a.paragraphs().size(); i++) {
      sb.append('[').append(i + 1).append("] ").append(a.paragraphs().get(i)).append('\n');
    }
    sb.append("\n== page tags (").append(a.pageTags().size()).append(")\n");
    a.pageTags().forEach(t -> sb.append("- ").append(t).append('\n'));
    sb.append("\n== links (").append(a.links().size()).append(")\n");
    for (Link l : a.links()) {
      sb.append("- [").append(l.kind().label()).append("] ").append(l.title());
      if (l.url() != null) {
        sb.append(" <").append(l.url()).append('>');
      }
      sb.append('\n');
    }
    sb.append("\n== related articles (").append(a.related().size()).append(")\n");
    for (RelatedArticle r : a.related()) {
      sb.append("- ").append(r.title() == null ? "(untitled)" : r.title()).append('\n');
      sb.append("  ").append(r.body().replace("\n", "\n  ")).append('\n');
    }
    List<List<Integer>> groups = duplicateGroups(a);
    sb.append("\n== duplicate groups (").append(groups.size()).append(", related then links)\n");
    groups.forEach(g -> sb.append("- ").append(g).append('\n'));
    Category category = enrichment.category();
    sb.append("\n== category\n")
        .append(category == null ? "-" : category.label() + " (" + category.score() + ")")
        .append('\n');
    sb.append("\n== entities (").append(enrichment.entities().size()).append(")\n");
    for (ArticleEntity e : enrichment.entities()) {
      sb.append("- [").append(e.type().name()).append("] ").append(e.canonical());
      sb.append(" x").append(e.count());
      if (e.variants().size() > 1) {
        sb.append(" (").append(String.join("، ", e.variants())).append(')');
      }
      sb.append('\n');
    }
    sb.append("\n== keywords\n").append(String.join("، ", enrichment.keywords())).append('\n');
    sb.append("\n== tags\n").append(String.join("، ", enrichment.tags())).append('\n');
    sb.append("\n== page tags the text never mentions (")
        .append(enrichment.genericPageTags().size())
        .append(")\n");
    enrichment.genericPageTags().forEach(t -> sb.append("- ").append(t).append('\n'));
    sb.append("\n== problems (").append(a.problems().size()).append(")\n");
    a.problems().forEach(p -> sb.append("- ").append(p).append('\n'));
    return sb.toString();
  }

  /** Near-duplicates among the page's own lists: indices into related, then links. */
  static List<List<Integer>> duplicateGroups(ExtractedArticle a) {
    List<HeadlineGroups.Headline> items = new ArrayList<>();
    a.related().forEach(r -> items.add(new HeadlineGroups.Headline(r.title(), r.body())));
    a.links().forEach(l -> items.add(new HeadlineGroups.Headline(l.title(), null)));
    return HeadlineGroups.of(items);
  }

  private static void field(StringBuilder sb, String name, String value) {
    sb.append(name).append(": ").append(value == null ? "-" : value).append('\n');
  }
}
