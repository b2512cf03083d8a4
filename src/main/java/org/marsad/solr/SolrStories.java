package org.marsad.solr;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.util.NamedList;
import org.marsad.model.StorySummary;

/**
 * Stories and duplicate groups, read from the analysis documents of the meta collection (each
 * carries its article's story, group, time and source name) with JSON facets: one bucket per story.
 * The head article's title is read by id from the articles collection.
 *
 * <p>Unlike the embedded store, which joins the articles at read time, an analysis keeps its
 * article's time (published, else first fetched) and source name as they were when it was put: an
 * article re-dated after its analysis shows its new time once the stages put it again.
 */
final class SolrStories {
  static final String ANALYSIS = "analysis";

  /** Stories considered for one answer, at most: a bound on the work of a very busy store. */
  static final int MAX_CANDIDATES = 10_000;

  private static final String SUMMARY_FACET =
      "{stories:{type:terms,field:story_l,limit:-1,facet:{first:\"min(time_l)\","
          + "last:\"max(time_l)\",sources:{type:terms,field:source_s,limit:-1}}}}";

  private final SolrDocs meta;
  private final SolrDocs articles;

  SolrStories(SolrDocs meta, SolrDocs articles) {
    this.meta = meta;
    this.articles = articles;
  }

  /** Stories with an article at or after {@code since}: most sources first, then most recent. */
  List<StorySummary> recent(Instant since, int limit) {
    SolrQuery query = analyses();
    query.addFilterQuery("story_l:[1 TO *]", "time_l:[" + since.toEpochMilli() + " TO *]");
    Set<Long> candidates = storyIds(query);
    return summaries(candidates).stream()
        .sorted(
            Comparator.comparing((StorySummary s) -> s.sources().size())
                .reversed()
                .thenComparing(StorySummary::lastSeen, Comparator.reverseOrder())
                .thenComparing(StorySummary::id))
        .limit(limit)
        .toList();
  }

  /** The stories of these articles, most recent first. */
  List<StorySummary> ofArticles(Collection<Long> articleIds, int limit) {
    if (articleIds.isEmpty()) {
      return List.of();
    }
    SolrQuery query = analyses();
    query.addFilterQuery("story_l:[1 TO *]", SolrFields.anyOf("article_l", articleIds));
    return summaries(storyIds(query)).stream()
        .sorted(
            Comparator.comparing(StorySummary::lastSeen, Comparator.reverseOrder())
                .thenComparing(StorySummary::id))
        .limit(limit)
        .toList();
  }

  /** The ids of the articles whose analysis has {@code value} in {@code field}, oldest first. */
  List<Long> members(String field, long value, int limit) {
    SolrQuery query = analyses();
    query.addFilterQuery(SolrFields.term(field, value));
    query.setFields("article_l");
    query.setSort("time_l", SolrQuery.ORDER.asc);
    query.addSort("article_l", SolrQuery.ORDER.asc);
    query.setRows(limit);
    return meta.find(query).stream().map(d -> SolrFields.longValue(d, "article_l")).toList();
  }

  /** One summary per story that has an analyzed article, in no particular order. */
  List<StorySummary> summaries(Set<Long> storyIds) {
    if (storyIds.isEmpty()) {
      return List.of();
    }
    SolrQuery query = analyses();
    query.addFilterQuery(SolrFields.anyOf("story_l", storyIds));
    query.setRows(0);
    query.set("json.facet", SUMMARY_FACET);
    List<NamedList<Object>> buckets = buckets(meta.query(query).getResponse(), "stories");
    Map<String, SolrDocument> heads =
        articles.getAll(storyIds.stream().map(ArticleDocs::id).toList());
    List<StorySummary> stories = new ArrayList<>(buckets.size());
    for (NamedList<Object> bucket : buckets) {
      long story = ((Number) bucket.get("val")).longValue();
      SolrDocument head = heads.get(ArticleDocs.id(story));
      List<String> sources =
          buckets(bucket, "sources").stream()
              .map(b -> b.get("val").toString())
              .collect(Collectors.toCollection(TreeSet::new))
              .stream()
              .toList();
      stories.add(
          new StorySummary(
              story,
              head == null ? null : SolrFields.string(head, "title_x"),
              ((Number) bucket.get("count")).intValue(),
              sources,
              Instant.ofEpochMilli(((Number) bucket.get("first")).longValue()),
              Instant.ofEpochMilli(((Number) bucket.get("last")).longValue())));
    }
    return stories;
  }

  private Set<Long> storyIds(SolrQuery query) {
    query.setRows(0);
    query.set(
        "json.facet",
        "{stories:{type:terms,field:story_l,limit:"
            + MAX_CANDIDATES
            + ",sort:\"last desc\",facet:{last:\"max(time_l)\"}}}");
    Set<Long> ids = new TreeSet<>();
    buckets(meta.query(query).getResponse(), "stories")
        .forEach(b -> ids.add(((Number) b.get("val")).longValue()));
    return ids;
  }

  private static SolrQuery analyses() {
    SolrQuery query = new SolrQuery("*:*");
    query.addFilterQuery(SolrFields.term("type_s", ANALYSIS));
    return query;
  }

  /** The buckets of the facet {@code name} in a response (or of a sub-facet in a bucket). */
  @SuppressWarnings("unchecked")
  static List<NamedList<Object>> buckets(NamedList<Object> parent, String name) {
    NamedList<Object> facets =
        parent.get("facets") instanceof NamedList<?> f ? (NamedList<Object>) f : parent;
    Object facet = facets.get(name);
    if (!(facet instanceof NamedList<?> found)) {
      return List.of();
    }
    Object buckets = found.get("buckets");
    return buckets == null ? List.of() : (List<NamedList<Object>>) buckets;
  }
}
