package org.marsad.solr;

import static org.marsad.solr.SolrFields.ofType;
import static org.marsad.store.StoreArguments.requirePositive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;
import org.marsad.model.StorySummary;

/**
 * The queries over entities for {@link SolrStore} (what {@link SolrEntityWrites} recorded): search
 * by spelling, one entity, its days, articles, stories and company; counted by JSON facets over the
 * mention documents (one per article and entity).
 */
final class SolrEntities {
  /** Co-occurrences are counted over an entity's most recently stored articles, at most. */
  static final int CO_OCCURRENCE_ARTICLES = 2_000;

  private final SolrDocs meta;
  private final SolrStories stories;

  SolrEntities(SolrDocs meta, SolrStories stories) {
    this.meta = meta;
    this.stories = stories;
  }

  List<EntitySummary> entities(String query, EntityType type, int limit) {
    requirePositive(limit);
    String key = SolrEntityWrites.key(query == null ? "" : query);
    if (key.isEmpty()) {
      return entitySummaries(entityQuery(type, limit));
    }
    String escaped = ClientUtils.escapeQueryChars(key);
    List<EntitySummary> found = new ArrayList<>();
    for (String[] filters :
        List.of(
            new String[] {"key_s:" + escaped},
            new String[] {"key_s:" + escaped + "*", "-key_s:" + escaped},
            new String[] {"-key_s:" + escaped + "*"})) {
      if (found.size() < limit) {
        SolrQuery q = entityQuery(type, limit - found.size());
        q.addFilterQuery("vkeys_ss:*" + escaped + "*");
        q.addFilterQuery(filters);
        found.addAll(entitySummaries(q));
      }
    }
    return found;
  }

  private static SolrQuery entityQuery(EntityType type, int limit) {
    SolrQuery query = ofType(SolrEntityWrites.TYPE);
    query.addFilterQuery("articles_l:[1 TO *]");
    if (type != null) {
      query.addFilterQuery(SolrFields.term("etype_s", type.name()));
    }
    query.setSort("articles_l", SolrQuery.ORDER.desc);
    query.addSort("mentions_l", SolrQuery.ORDER.desc);
    query.addSort("eid_l", SolrQuery.ORDER.asc);
    query.setRows(limit);
    return query;
  }

  private List<EntitySummary> entitySummaries(SolrQuery query) {
    return meta.find(query).stream().map(SolrEntities::entitySummary).toList();
  }

  private static EntitySummary entitySummary(SolrDocument doc) {
    List<SolrEntityWrites.Variant> variants = SolrEntityWrites.variants(doc);
    List<String> spellings =
        variants.stream()
            .sorted(Comparator.comparing(v -> !v.full()))
            .map(SolrEntityWrites.Variant::spelling)
            .limit(SolrEntityWrites.MAX_VARIANTS)
            .toList();
    return new EntitySummary(
        SolrFields.longValue(doc, "eid_l"),
        SolrFields.string(doc, "canonical_s"),
        EntityType.valueOf(SolrFields.string(doc, "etype_s")),
        spellings,
        (int) SolrFields.longValue(doc, "articles_l"),
        (int) SolrFields.longValue(doc, "mentions_l"));
  }

  Optional<EntitySummary> entity(long entityId) {
    return Optional.ofNullable(meta.get(SolrEntityWrites.docId(entityId)))
        .map(SolrEntities::entitySummary);
  }

  List<EntityDay> entityMentionsByDay(long entityId) {
    SolrQuery query = mentionsOf(entityId);
    query.setRows(0);
    query.set(
        "json.facet",
        "{days:{type:terms,field:day_s,limit:-1,sort:\"index asc\",facet:{m:\"sum(count_l)\"}}}");
    List<EntityDay> days = new ArrayList<>();
    for (NamedList<Object> b : SolrStories.buckets(meta.query(query).getResponse(), "days")) {
      days.add(
          new EntityDay(
              LocalDate.parse(b.get("val").toString()),
              ((Number) b.get("count")).intValue(),
              ((Number) b.get("m")).intValue()));
    }
    return days;
  }

  List<Long> entityArticles(long entityId, int limit) {
    requirePositive(limit);
    SolrQuery query = mentionsOf(entityId);
    query.setSort("time_l", SolrQuery.ORDER.desc);
    query.addSort("article_l", SolrQuery.ORDER.desc);
    query.setRows(limit);
    return articleIds(query);
  }

  List<StorySummary> entityStories(long entityId, int limit) {
    requirePositive(limit);
    SolrQuery query = mentionsOf(entityId);
    query.setSort("article_l", SolrQuery.ORDER.desc);
    query.setRows(SolrStories.MAX_CANDIDATES);
    return stories.ofArticles(articleIds(query), limit);
  }

  List<EntityCoOccurrence> coOccurringEntities(long entityId, int limit) {
    requirePositive(limit);
    SolrQuery recent = mentionsOf(entityId);
    recent.setSort("article_l", SolrQuery.ORDER.desc);
    recent.setRows(CO_OCCURRENCE_ARTICLES);
    List<Long> articleIds = articleIds(recent);
    if (articleIds.isEmpty()) {
      return List.of();
    }
    SolrQuery others = ofType("mention");
    others.addFilterQuery(SolrFields.anyOf("article_l", articleIds));
    others.addFilterQuery("-" + SolrFields.term("entity_l", entityId));
    others.setRows(0);
    others.set("json.facet", "{co:{type:terms,field:entity_l,limit:-1}}");
    Map<Long, Integer> shared = new LinkedHashMap<>();
    for (NamedList<Object> b : SolrStories.buckets(meta.query(others).getResponse(), "co")) {
      shared.put(((Number) b.get("val")).longValue(), ((Number) b.get("count")).intValue());
    }
    List<Long> best =
        shared.keySet().stream()
            .sorted(
                Comparator.comparing((Long id) -> shared.get(id))
                    .reversed()
                    .thenComparing(id -> id))
            .limit(limit)
            .toList();
    Map<String, SolrDocument> docs =
        meta.getAll(best.stream().map(SolrEntityWrites::docId).toList());
    List<EntityCoOccurrence> result = new ArrayList<>(best.size());
    for (long id : best) {
      SolrDocument doc = docs.get(SolrEntityWrites.docId(id));
      if (doc != null) {
        result.add(new EntityCoOccurrence(entitySummary(doc), shared.get(id)));
      }
    }
    return result;
  }

  private static SolrQuery mentionsOf(long entityId) {
    SolrQuery query = ofType("mention");
    query.addFilterQuery(SolrFields.term("entity_l", entityId));
    query.setFields("article_l");
    return query;
  }

  private List<Long> articleIds(SolrQuery query) {
    return meta.find(query).stream().map(d -> SolrFields.longValue(d, "article_l")).toList();
  }
}
