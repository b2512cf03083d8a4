package org.marsad.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a {@link SearchRequest} against one point-in-time searcher: one pass collects the page of
 * hits with the exact count of matches (and every match, for the facets, when asked), then the page
 * is highlighted by the searcher's highlighter. Thread-safe.
 */
final class ArticleSearcher {

  private static final Sort NEWEST_FIRST = new Sort(newestFirst());
  private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, newestFirst());

  /**
   * The stored fields a hit shows, and the body its snippet is drawn from: read in one pass per hit
   * and shared with the highlighter, so each hit's stored fields are decompressed once.
   */
  private static final Set<String> HIT_FIELDS = Set.copyOf(ArticleFields.HIT_FIELDS);

  private static final Set<String> ID_FIELD = Set.of(ArticleFields.ID);

  private final SearchQueryParser parser;

  ArticleSearcher(Analyzer queryAnalyzer) {
    this.parser = new SearchQueryParser(queryAnalyzer);
  }

  SearchResult search(CommitSearcher searcher, SearchRequest request) throws IOException {
    ParsedQuery parsed = parser.parse(request.query());
    Sort sort = request.order() == SearchRequest.Order.DATE ? NEWEST_FIRST : RELEVANCE_THEN_NEWEST;
    int wanted = request.offset() + request.limit();
    if (request.allCopies()) {
      Ranked ranked = rank(searcher, parsed.query(), sort, wanted, request.facets());
      return result(searcher, parsed, request, ranked, ranked.docs(), null);
    }
    // Folding copies needs more ranked hits than the page shows: fetch more while copies left the
    // page short and more matches remain.
    int fetch = Math.min(CopyFolding.MAX_FETCH, wanted * CopyFolding.FETCH_FACTOR);
    while (true) {
      Ranked ranked = rank(searcher, parsed.query(), sort, fetch, request.facets());
      ScoreDoc[] folded = CopyFolding.firstOfEachGroup(searcher, ranked.docs());
      boolean exhausted = ranked.docs().length < fetch || fetch >= CopyFolding.MAX_FETCH;
      if (folded.length >= wanted || exhausted) {
        return result(
            searcher, parsed, request, ranked, folded, CopyFolding.copiesKeys(searcher, folded));
      }
      fetch = Math.min(CopyFolding.MAX_FETCH, fetch * CopyFolding.FETCH_FACTOR);
    }
  }

  /** Which of {@code articleIds} the query matches (see {@link SearchIndex#matching}). */
  Set<Long> matching(IndexSearcher searcher, String query, Collection<Long> articleIds)
      throws IOException {
    List<BytesRef> ids = new ArrayList<>(articleIds.size());
    articleIds.forEach(id -> ids.add(new BytesRef(Long.toString(id))));
    Query restricted =
        new BooleanQuery.Builder()
            .add(parser.parse(query).query(), BooleanClause.Occur.MUST)
            .add(new TermInSetQuery(ArticleFields.ID, ids), BooleanClause.Occur.FILTER)
            .build();
    TopDocs found = searcher.search(restricted, articleIds.size());
    StoredFields stored = searcher.storedFields();
    Set<Long> matching = new HashSet<>();
    for (ScoreDoc hit : found.scoreDocs) {
      matching.add(Long.parseLong(stored.document(hit.doc, ID_FIELD).get(ArticleFields.ID)));
    }
    return matching;
  }

  /** The best {@code n} matches in order, their exact count, and the facets when asked. */
  private record Ranked(ScoreDoc[] docs, long total, SearchFacets facets) {}

  private static Ranked rank(CommitSearcher searcher, Query query, Sort sort, int n, boolean facets)
      throws IOException {
    if (facets) {
      FacetsCollectorManager.FacetsResult found =
          FacetsCollectorManager.search(
              searcher, query, n, sort, false, new FacetsCollectorManager());
      return new Ranked(
          found.topDocs().scoreDocs,
          total(found.facetsCollector()),
          searcher.facets().count(found.facetsCollector(), SearchFacets.TOP));
    }
    TopDocs top =
        searcher.search(query, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
    return new Ranked(top.scoreDocs, top.totalHits.value, SearchFacets.EMPTY);
  }

  /**
   * The requested page of {@code docs}; {@code copiesKeys} (parallel to {@code docs}) when copies
   * are folded, so that each hit names the other sources of its group, else null.
   */
  private static SearchResult result(
      CommitSearcher searcher,
      ParsedQuery parsed,
      SearchRequest request,
      Ranked ranked,
      ScoreDoc[] docs,
      long[] copiesKeys)
      throws IOException {
    int from = Math.min(request.offset(), docs.length);
    int to = Math.min(docs.length, request.offset() + request.limit());
    ScoreDoc[] page = Arrays.copyOfRange(docs, from, to);
    long[] pageKeys = copiesKeys == null ? null : Arrays.copyOfRange(copiesKeys, from, to);
    return new SearchResult(
        ranked.total(), hits(searcher, parsed, page, pageKeys), ranked.facets(), parsed.problems());
  }

  private static List<SearchHit> hits(
      CommitSearcher searcher, ParsedQuery parsed, ScoreDoc[] page, long[] copiesKeys)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    StoredFields stored = searcher.storedFields();
    Document[] docs = new Document[docIds.length];
    for (int i = 0; i < docIds.length; i++) {
      docs[i] = stored.document(docIds[i], HIT_FIELDS);
    }
    ArticleHighlighter.Snippets snippets =
        searcher.highlighter().highlight(parsed.query(), docIds, docs);
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Document doc = docs[i];
      IndexableField published = doc.getField(ArticleFields.PUBLISHED);
      String source = doc.get(ArticleFields.SOURCE);
      hits.add(
          new SearchHit(
              Long.parseLong(doc.get(ArticleFields.ID)),
              doc.get(ArticleFields.URL),
              doc.get(ArticleFields.TITLE),
              source,
              published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
              snippets.title(i),
              snippets.body(i),
              copiesKeys == null
                  ? List.of()
                  : CopyFolding.otherSources(searcher, copiesKeys[i], source)));
    }
    return hits;
  }

  private static long total(FacetsCollector matches) {
    long total = 0;
    for (FacetsCollector.MatchingDocs segment : matches.getMatchingDocs()) {
      total += segment.totalHits;
    }
    return total;
  }

  /** Newest first; articles without a date last. */
  private static SortField newestFirst() {
    SortField field = new SortField(ArticleFields.PUBLISHED, SortField.Type.LONG, true);
    field.setMissingValue(Long.MIN_VALUE);
    return field;
  }
}
