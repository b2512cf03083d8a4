package org.marsad.solr;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.PivotField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.marsad.model.AnalyzedArticle;
import org.marsad.search.ArabicNewsAnalyzer;
import org.marsad.search.ArticleFields;
import org.marsad.search.CopyFolding;
import org.marsad.search.DocumentFrequencies;
import org.marsad.search.PageHighlighter;
import org.marsad.search.ParsedQuery;
import org.marsad.search.SearchFacets;
import org.marsad.search.SearchHit;
import org.marsad.search.SearchIndex;
import org.marsad.search.SearchQueryParser;
import org.marsad.search.SearchRequest;
import org.marsad.search.SearchResult;
import org.marsad.search.SimilarDoc;
import org.marsad.search.SimilarQuery;

/**
 * The search index on SolrCloud: the collection {@code {prefix}search} ({@value #SHARDS} shards,
 * {@value #REPLICAS} replicas), with the fields and keys of {@link ArticleFields}, searched with
 * Marsad's own query syntax and analysis (the nodes run the plug-in), so that a query finds what
 * the embedded {@code search.ArticleIndex} finds. Queries are read by {@link SearchQueryParser} and
 * written as Solr parameters by {@link SolrQueryWriter}; snippets are drawn by {@link
 * PageHighlighter} on the page's stored text, as the embedded index draws them.
 *
 * <p>What differs from the embedded index, for a user:
 *
 * <ul>
 *   <li>Several processes may share the collection. Each buffers its own updates and deletes until
 *       {@link #refresh}, {@link #commit(long)} or {@value #BATCH} pending changes; from then every
 *       process sees them (the cluster also makes what it received visible within a second).
 *   <li>The store cursor is one document of the collection: the last commit of any process wins.
 *   <li>{@link #rebuild} cannot be undone by the cluster: when it fails midway, the articles it had
 *       re-sent are already their new versions, and the others keep the previous ones; nothing is
 *       lost, and a rebuild that completes removes what the new contents do not hold.
 *   <li>Facets are exact, as in the embedded index: every value of the matching articles is counted
 *       by the cluster and the top ones kept here, so a query matching articles of many days or
 *       entities costs in proportion to them.
 *   <li>Relevance scores are computed per shard, so ties and near-ties may rank in another order;
 *       the hits and counts are the same.
 *   <li>{@link #similar} builds its MoreLikeThis query from the cluster's counts of the text's
 *       words (articles holding each word, by the same analysis), as {@code MoreLikeThis} does on
 *       one index; {@link #documentFrequencies} counts exactly.
 * </ul>
 *
 * <p>The configset must have been uploaded ({@link SolrCluster#uploadConfigset}). Thread-safe.
 * Failures of the cluster are thrown as {@link SolrBackendException}.
 */
public final class SolrSearchIndex implements SearchIndex {

  /** The collection's name after the prefix. */
  public static final String COLLECTION = "search";

  public static final int SHARDS = 2;
  public static final int REPLICAS = 2;

  /** Pending changes sent to the cluster at once. */
  static final int BATCH = 500;

  /** The document that holds the store cursor; never an article (their ids are numbers). */
  static final String CURSOR_ID = "store_cursor";

  private static final String CURSOR_FIELD = "cursor_l";

  /** The rebuild an article was last re-sent by (only rebuilds set it). */
  private static final String REBUILD_FIELD = "rebuild_l";

  /** The filter that keeps the cursor document out of every search and count. */
  private static final String ARTICLES_ONLY = "-id:" + CURSOR_ID;

  private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]*");
  private static final String[] FACET_FIELDS = {
    ArticleFields.SOURCE, ArticleFields.DAY, ArticleFields.CATEGORY, ArticleFields.ENTITY
  };
  private static final String HIT_FIELDS = String.join(",", ArticleFields.HIT_FIELDS);

  private final SolrClient client;
  private final String collection;
  private final SearchQueryParser parser = new SearchQueryParser(ArabicNewsAnalyzer.forQueries());
  private final SolrSimilarArticles similarArticles;

  /** Changes not yet sent, by article id; null for a delete. */
  private final Map<String, SolrInputDocument> pending = new LinkedHashMap<>();

  /** The connection closed with the index, or null when the caller keeps it. */
  private final SolrCluster ownedCluster;

  private SolrSearchIndex(SolrClient client, String collection, SolrCluster ownedCluster) {
    this.client = client;
    this.collection = collection;
    this.ownedCluster = ownedCluster;
    this.similarArticles = new SolrSimilarArticles(this);
  }

  /**
   * Opens the search collection {@code prefix + "search"}, creating it when missing.
   *
   * @throws IllegalArgumentException when the prefix holds other than letters, digits and _
   */
  public static SolrSearchIndex open(SolrCluster cluster, String prefix) {
    return new SolrSearchIndex(
        cluster.client(), ensureCollection(cluster, prefix, SHARDS, REPLICAS), null);
  }

  /**
   * Opens the search collection {@code prefix + "search"}, creating it when missing with {@code
   * shards} shards of {@code replicas} replicas, and takes over {@code cluster}: closing the index
   * closes the connection (how {@code pipeline.Backends} opens one per process).
   *
   * @throws IllegalArgumentException when the prefix holds other than letters, digits and _
   */
  public static SolrSearchIndex openOwning(
      SolrCluster cluster, String prefix, int shards, int replicas) {
    return new SolrSearchIndex(
        cluster.client(), ensureCollection(cluster, prefix, shards, replicas), cluster);
  }

  private static String ensureCollection(
      SolrCluster cluster, String prefix, int shards, int replicas) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "a collection prefix is letters, digits and _ only, got '" + prefix + "'");
    }
    String collection = prefix + COLLECTION;
    cluster.ensureCollection(collection, shards, replicas);
    return collection;
  }

  /** The collection's full name. */
  public String collection() {
    return collection;
  }

  @Override
  public void update(AnalyzedArticle article) {
    SolrInputDocument doc = SolrArticleDocuments.toDocument(article);
    pend(Long.toString(article.id()), doc);
  }

  @Override
  public void delete(long id) {
    pend(Long.toString(id), null);
  }

  private void pend(String id, SolrInputDocument doc) {
    synchronized (pending) {
      pending.remove(id);
      pending.put(id, doc);
      if (pending.size() >= BATCH) {
        flush();
      }
    }
  }

  /** Sends the pending changes (they are keyed by id, so their order does not matter). */
  private void flush() {
    synchronized (pending) {
      if (pending.isEmpty()) {
        return;
      }
      List<SolrInputDocument> added = new ArrayList<>();
      List<String> deleted = new ArrayList<>();
      pending.forEach(
          (id, doc) -> {
            if (doc == null) {
              deleted.add(id);
            } else {
              added.add(doc);
            }
          });
      try {
        if (!added.isEmpty()) {
          client.add(collection, added);
        }
        if (!deleted.isEmpty()) {
          client.deleteById(collection, deleted);
        }
      } catch (SolrServerException | IOException e) {
        throw new SolrBackendException(
            "sending " + pending.size() + " changes to " + collection, e);
      }
      pending.clear();
    }
  }

  @Override
  public void commit(long cursor) {
    flush();
    SolrInputDocument doc = new SolrInputDocument();
    doc.addField(ArticleFields.ID, CURSOR_ID);
    doc.addField(CURSOR_FIELD, cursor);
    try {
      // The articles first, waiting until every replica searches them; only then the cursor, which
      // a real-time get reads at once: a reader that sees the cursor finds what it covers. The
      // cursor's own commit need not wait for searchers (it is read by real-time get).
      client.commit(collection, true, true);
      client.add(collection, doc);
      client.commit(collection, true, false);
    } catch (SolrServerException | IOException e) {
      throw new SolrBackendException("committing " + collection, e);
    }
  }

  @Override
  public long storeCursor() {
    try {
      SolrDocument doc = client.getById(collection, CURSOR_ID);
      return doc == null ? 0 : ((Number) doc.getFieldValue(CURSOR_FIELD)).longValue();
    } catch (SolrServerException | IOException e) {
      throw new SolrBackendException("reading the store cursor of " + collection, e);
    }
  }

  @Override
  public void refresh() {
    flush();
    try {
      client.commit(collection, true, true, true);
    } catch (SolrServerException | IOException e) {
      throw new SolrBackendException("refreshing " + collection, e);
    }
  }

  /**
   * Re-sends every article, then removes those not re-sent, and commits with the cursor; see the
   * class comment for what a failure midway leaves.
   *
   * @throws IllegalStateException when indexing fails midway (for instance the iterator throws)
   */
  @Override
  public int rebuild(Iterator<AnalyzedArticle> articles, LongSupplier cursorAfter) {
    long rebuild = System.currentTimeMillis();
    try {
      int count = 0;
      while (articles.hasNext()) {
        AnalyzedArticle article = articles.next();
        SolrInputDocument doc = SolrArticleDocuments.toDocument(article);
        doc.addField(REBUILD_FIELD, rebuild);
        pend(Long.toString(article.id()), doc);
        count++;
      }
      flush();
      client.deleteByQuery(
          collection, "*:* " + ARTICLES_ONLY + " -" + REBUILD_FIELD + ":" + rebuild);
      commit(cursorAfter.getAsLong());
      return count;
    } catch (SolrServerException | IOException | RuntimeException e) {
      synchronized (pending) {
        pending.clear();
      }
      throw new IllegalStateException(
          "rebuild of " + collection + " failed midway: " + e.getMessage(), e);
    }
  }

  @Override
  public int size() {
    ModifiableSolrParams params = articles("*:*");
    params.set("rows", 0);
    return (int) query(params).getResults().getNumFound();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    ParsedQuery parsed = parser.parse(request.query());
    int wanted = request.offset() + request.limit();
    if (request.allCopies()) {
      Ranked ranked = rank(parsed, request, wanted);
      return result(parsed, request, ranked, ranked.ids(), null);
    }
    // As search.ArticleSearcher: fetch more while folding copies left the page short.
    int fetch = Math.min(CopyFolding.MAX_FETCH, wanted * CopyFolding.FETCH_FACTOR);
    while (true) {
      Ranked ranked = rank(parsed, request, fetch);
      List<Integer> firsts = firstOfEachGroup(ranked.copiesKeys());
      boolean exhausted = ranked.ids().size() < fetch || fetch >= CopyFolding.MAX_FETCH;
      if (firsts.size() >= wanted || exhausted) {
        List<String> ids = firsts.stream().map(i -> ranked.ids().get(i)).toList();
        List<Long> keys = firsts.stream().map(i -> ranked.copiesKeys().get(i)).toList();
        return result(parsed, request, ranked, ids, keys);
      }
      fetch = Math.min(CopyFolding.MAX_FETCH, fetch * CopyFolding.FETCH_FACTOR);
    }
  }

  /** The best {@code n} matches' ids and copies keys, in order, their count and the facets. */
  private record Ranked(List<String> ids, List<Long> copiesKeys, long total, SearchFacets facets) {}

  private Ranked rank(ParsedQuery parsed, SearchRequest request, int n) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", new SolrQueryWriter(params, parsed.phrases()).write(parsed.query()));
    params.add("fq", ARTICLES_ONLY);
    params.set("fl", ArticleFields.ID + "," + ArticleFields.COPIES_KEY);
    params.set("rows", n);
    params.set(
        "sort",
        request.order() == SearchRequest.Order.DATE
            ? ArticleFields.PUBLISHED + " desc"
            : "score desc," + ArticleFields.PUBLISHED + " desc");
    if (request.facets()) {
      // Every value with its exact count, cut here: shards asked for their top values only
      // (facet.limit) miss values that are in the top over the whole collection, and break ties
      // in their own way. The values are those of the matching articles only (mincount).
      params.set("facet", true);
      params.set("facet.limit", -1);
      params.set("facet.mincount", 1);
      params.set("facet.field", FACET_FIELDS);
    }
    QueryResponse response = query(params);
    List<String> ids = new ArrayList<>();
    List<Long> keys = new ArrayList<>();
    for (SolrDocument doc : response.getResults()) {
      ids.add((String) doc.getFieldValue(ArticleFields.ID));
      keys.add(((Number) doc.getFieldValue(ArticleFields.COPIES_KEY)).longValue());
    }
    return new Ranked(
        ids,
        keys,
        response.getResults().getNumFound(),
        request.facets() ? facets(response) : SearchFacets.EMPTY);
  }

  private static SearchFacets facets(QueryResponse response) {
    return new SearchFacets(
        counts(response.getFacetField(ArticleFields.SOURCE)),
        counts(response.getFacetField(ArticleFields.DAY)),
        counts(response.getFacetField(ArticleFields.CATEGORY)),
        counts(response.getFacetField(ArticleFields.ENTITY)));
  }

  private static List<SearchFacets.FacetCount> counts(FacetField field) {
    List<SearchFacets.FacetCount> counts = new ArrayList<>();
    if (field != null && field.getValues() != null) {
      for (FacetField.Count count : field.getValues()) {
        counts.add(new SearchFacets.FacetCount(count.getName(), count.getCount()));
      }
    }
    counts.sort(SearchFacets.MOST_FIRST);
    return counts.subList(0, Math.min(counts.size(), SearchFacets.TOP));
  }

  /** The positions of the hits whose group no better-ranked hit has. */
  private static List<Integer> firstOfEachGroup(List<Long> copiesKeys) {
    Set<Long> seen = new HashSet<>();
    List<Integer> firsts = new ArrayList<>();
    for (int i = 0; i < copiesKeys.size(); i++) {
      if (seen.add(copiesKeys.get(i))) {
        firsts.add(i);
      }
    }
    return firsts;
  }

  private SearchResult result(
      ParsedQuery parsed,
      SearchRequest request,
      Ranked ranked,
      List<String> ids,
      List<Long> copiesKeys) {
    int from = Math.min(request.offset(), ids.size());
    int to = Math.min(ids.size(), request.offset() + request.limit());
    List<String> page = ids.subList(from, to);
    Map<String, SolrDocument> docs = documents(page);
    List<PageHighlighter.Text> texts = new ArrayList<>(page.size());
    for (String id : page) {
      SolrDocument doc = docs.get(id);
      texts.add(
          new PageHighlighter.Text(text(doc, ArticleFields.TITLE), text(doc, ArticleFields.BODY)));
    }
    List<PageHighlighter.Snippets> snippets = PageHighlighter.highlight(parsed, texts);
    Map<Long, Set<String>> groupSources =
        copiesKeys == null ? Map.of() : groupSources(copiesKeys.subList(from, to));
    List<SearchHit> hits = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      SolrDocument doc = docs.get(page.get(i));
      String source = text(doc, ArticleFields.SOURCE);
      Object published = doc == null ? null : doc.getFieldValue(ArticleFields.PUBLISHED);
      List<String> others = List.of();
      if (copiesKeys != null) {
        Set<String> names =
            new TreeSet<>(groupSources.getOrDefault(copiesKeys.get(from + i), Set.of()));
        if (source != null) {
          names.remove(source);
        }
        others = names.stream().limit(CopyFolding.MAX_NAMED_SOURCES).toList();
      }
      hits.add(
          new SearchHit(
              Long.parseLong(page.get(i)),
              text(doc, ArticleFields.URL),
              text(doc, ArticleFields.TITLE),
              source,
              published == null ? null : Instant.ofEpochMilli(((Number) published).longValue()),
              snippets.get(i).title(),
              snippets.get(i).body(),
              others));
    }
    return new SearchResult(ranked.total(), hits, ranked.facets(), parsed.problems());
  }

  private static String text(SolrDocument doc, String field) {
    return doc == null ? null : (String) doc.getFirstValue(field);
  }

  /** The stored fields of these articles, by id. */
  private Map<String, SolrDocument> documents(List<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", new SolrQueryWriter(params, Map.of()).anyOf(ArticleFields.ID, ids));
    params.set("fl", HIT_FIELDS);
    params.set("rows", ids.size());
    Map<String, SolrDocument> byId = new HashMap<>();
    for (SolrDocument doc : query(params).getResults()) {
      byId.put((String) doc.getFieldValue(ArticleFields.ID), doc);
    }
    return byId;
  }

  /**
   * The sources of each of these duplicate groups (ungrouped articles, keys below 1, have none).
   */
  private Map<Long, Set<String>> groupSources(List<Long> keys) {
    List<Long> groups = keys.stream().filter(k -> k > 0).distinct().toList();
    if (groups.isEmpty()) {
      return Map.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", new SolrQueryWriter(params, Map.of()).anyOf(ArticleFields.COPIES_KEY, groups));
    params.set("rows", 0);
    params.set("facet", true);
    params.set("facet.pivot", ArticleFields.COPIES_KEY + "," + ArticleFields.SOURCE);
    params.set("facet.limit", -1);
    params.set("facet.pivot.mincount", 1);
    Map<Long, Set<String>> sources = new HashMap<>();
    List<PivotField> pivots = query(params).getFacetPivot().get(params.get("facet.pivot"));
    if (pivots != null) {
      for (PivotField group : pivots) {
        Set<String> names = new HashSet<>();
        if (group.getPivot() != null) {
          group.getPivot().forEach(source -> names.add(String.valueOf(source.getValue())));
        }
        sources.put(((Number) group.getValue()).longValue(), names);
      }
    }
    return sources;
  }

  @Override
  public Set<Long> matching(String query, Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return Set.of();
    }
    ParsedQuery parsed = parser.parse(query);
    ModifiableSolrParams params = new ModifiableSolrParams();
    SolrQueryWriter writer = new SolrQueryWriter(params, parsed.phrases());
    params.set("q", writer.write(parsed.query()));
    params.add("fq", writer.anyOf(ArticleFields.ID, articleIds));
    params.set("fl", ArticleFields.ID);
    params.set("rows", articleIds.size());
    Set<Long> matching = new HashSet<>();
    for (SolrDocument doc : query(params).getResults()) {
      matching.add(Long.parseLong((String) doc.getFieldValue(ArticleFields.ID)));
    }
    return matching;
  }

  /** Each key a constant-score clause, so that an article's score is the keys it shares. */
  @Override
  public List<Long> filedUnder(Collection<String> keys, Instant from, Instant to, int limit) {
    if (keys.isEmpty() || limit <= 0) {
      return List.of();
    }
    StringBuilder anyKey = new StringBuilder();
    for (String key : new LinkedHashSet<>(keys)) {
      anyKey
          .append(anyKey.length() == 0 ? "" : " OR ")
          .append(ArticleFields.DUPLICATE_KEY)
          .append(':')
          .append(ClientUtils.escapeQueryChars(key))
          .append("^=1");
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", anyKey.toString());
    params.add(
        "fq",
        ArticleFields.PUBLISHED + ":[" + from.toEpochMilli() + " TO " + to.toEpochMilli() + "]");
    params.set("fl", ArticleFields.ID);
    params.set("sort", "score desc," + ArticleFields.ID + " asc");
    params.set("rows", limit);
    List<Long> ids = new ArrayList<>();
    for (SolrDocument doc : query(params).getResults()) {
      ids.add(Long.parseLong((String) doc.getFieldValue(ArticleFields.ID)));
    }
    return ids;
  }

  @Override
  public List<SimilarDoc> similar(SimilarQuery query) {
    return similarArticles.find(query);
  }

  @Override
  public DocumentFrequencies documentFrequencies(Collection<String> words) {
    return similarArticles.count(words);
  }

  /** Sends the pending changes and makes everything durable; the cluster stays connected. */
  @Override
  public void close() {
    try {
      flush();
      client.commit(collection, true, true);
    } catch (SolrServerException | IOException e) {
      throw new SolrBackendException("committing " + collection + " on close", e);
    } finally {
      if (ownedCluster != null) {
        ownedCluster.close();
      }
    }
  }

  /** Parameters of a query over the articles (not the cursor document). */
  static ModifiableSolrParams articles(String q) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", q);
    params.add("fq", ARTICLES_ONLY);
    return params;
  }

  /** Runs a query on the collection (POST: references and id lists can be long). */
  QueryResponse query(ModifiableSolrParams params) {
    try {
      return client.query(collection, params, SolrRequest.METHOD.POST);
    } catch (SolrServerException | IOException | RuntimeException e) {
      throw new SolrBackendException("querying " + collection, e);
    }
  }
}
