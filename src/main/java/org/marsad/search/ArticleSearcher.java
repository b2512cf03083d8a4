package org.marsad.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;

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
  private static final Set<String> HIT_FIELDS =
      Set.of(
          ArticleFields.ID,
          ArticleFields.URL,
          ArticleFields.TITLE,
          ArticleFields.SOURCE,
          ArticleFields.PUBLISHED,
          ArticleFields.BODY);

  private final SearchQueryParser parser;

  ArticleSearcher(Analyzer queryAnalyzer) {
    this.parser = new SearchQueryParser(queryAnalyzer);
  }

  SearchResult search(CommitSearcher searcher, SearchRequest request) throws IOException {
    ParsedQuery parsed = parser.parse(request.query());
    Sort sort = request.order() == SearchRequest.Order.DATE ? NEWEST_FIRST : RELEVANCE_THEN_NEWEST;
    int wanted = request.offset() + request.limit();
    TopDocs top;
    long total;
    SearchFacets facets;
    if (request.facets()) {
      FacetsCollectorManager.FacetsResult found =
          FacetsCollectorManager.search(
              searcher, parsed.query(), wanted, sort, false, new FacetsCollectorManager());
      top = found.topDocs();
      total = total(found.facetsCollector());
      facets = searcher.facets().count(found.facetsCollector(), SearchFacets.TOP);
    } else {
      top =
          searcher.search(
              parsed.query(), new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
      total = top.totalHits.value;
      facets = SearchFacets.EMPTY;
    }
    ScoreDoc[] all = top.scoreDocs;
    ScoreDoc[] page = Arrays.copyOfRange(all, Math.min(request.offset(), all.length), all.length);
    return new SearchResult(total, hits(searcher, parsed, page), facets, parsed.problems());
  }

  private static List<SearchHit> hits(CommitSearcher searcher, ParsedQuery parsed, ScoreDoc[] page)
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
