package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts matching docs by source, day, category and entity from their doc values, over one reader.
 * The reader's state (an ordinal map across segments) is built once, with the reader's {@link
 * CommitSearcher}, and shared by every search on it. Thread-safe.
 */
final class FacetCounter {

  /** Null when the reader has no documents. */
  private final StringDocValuesReaderState sources;

  private final StringDocValuesReaderState days;
  private final StringDocValuesReaderState categories;
  private final StringDocValuesReaderState entities;

  FacetCounter(IndexReader reader) throws IOException {
    boolean empty = reader.numDocs() == 0;
    this.sources = empty ? null : new StringDocValuesReaderState(reader, ArticleFields.SOURCE);
    this.days = empty ? null : new StringDocValuesReaderState(reader, ArticleFields.DAY);
    this.categories = empty ? null : new StringDocValuesReaderState(reader, ArticleFields.CATEGORY);
    this.entities = empty ? null : new StringDocValuesReaderState(reader, ArticleFields.ENTITY);
  }

  SearchFacets count(FacetsCollector matches, int top) throws IOException {
    if (sources == null) {
      return SearchFacets.EMPTY;
    }
    return new SearchFacets(
        top(sources, ArticleFields.SOURCE, matches, top),
        top(days, ArticleFields.DAY, matches, top),
        top(categories, ArticleFields.CATEGORY, matches, top),
        top(entities, ArticleFields.ENTITY, matches, top));
  }

  private static List<SearchFacets.FacetCount> top(
      StringDocValuesReaderState state, String field, FacetsCollector matches, int top)
      throws IOException {
    FacetResult result = new StringValueFacetCounts(state, matches).getTopChildren(top, field);
    List<SearchFacets.FacetCount> counts = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue entry : result.labelValues) {
        counts.add(new SearchFacets.FacetCount(entry.label, entry.value.longValue()));
      }
    }
    counts.sort(SearchFacets.MOST_FIRST);
    return counts;
  }
}
