package org.marsad.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;

/**
 * Runs a {@link SearchRequest} against one point-in-time searcher: one pass collects the page of
 * hits and every match for the facets, then the page is highlighted. Thread-safe.
 */
final class ArticleSearcher {

  private static final Sort NEWEST_FIRST = new Sort(newestFirst());
  private static final Sort RELEVANCE_THEN_NEWEST = new Sort(SortField.FIELD_SCORE, newestFirst());

  private final SearchQueryParser parser;
  private final Analyzer indexAnalyzer;
  private final FacetCounter facets = new FacetCounter();

  ArticleSearcher(Analyzer indexAnalyzer, Analyzer queryAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
    this.parser = new SearchQueryParser(queryAnalyzer);
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request) throws IOException {
    ParsedQuery parsed = parser.parse(request.query());
    boolean byDate = request.order() == SearchRequest.Order.DATE;
    FacetsCollectorManager.FacetsResult found =
        FacetsCollectorManager.search(
            searcher,
            parsed.query(),
            request.offset() + request.limit(),
            byDate ? NEWEST_FIRST : RELEVANCE_THEN_NEWEST,
            !byDate,
            new FacetsCollectorManager());
    ScoreDoc[] all = found.topDocs().scoreDocs;
    ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length), all.length);
    return new SearchResult(
        total(found.facetsCollector()),
        hits(searcher, parsed, page),
        facets.count(searcher.getIndexReader(), found.facetsCollector(), SearchFacets.TOP),
        parsed.problems());
  }

  private List<SearchHit> hits(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] page)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
    ArticleHighlighter.Snippets snippets =
        new ArticleHighlighter(searcher, indexAnalyzer).highlight(parsed.query(), docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Document doc = stored.document(docIds[i]);
      IndexableField published = doc.getField(ArticleFields.PUBLISHED);
      hits.add(
          new SearchHit(
              Long.parseLong(doc.get(ArticleFields.ID)),
              doc.get(ArticleFields.URL),
              doc.get(ArticleFields.TITLE),
              doc.get(ArticleFields.SOURCE),
              published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
              snippets.title(i),
              snippets.body(i)));
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
