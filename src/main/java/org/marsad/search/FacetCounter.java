package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Counts matching docs by source and by day from their doc values. The per-reader state (an ordinal
 * map across segments) is built once per reader and reused until the index is refreshed.
 * Thread-safe.
 */
final class FacetCounter {

  private static final Comparator<SearchFacets.FacetCount> MOST_FIRST =
      Comparator.comparingLong(SearchFacets.FacetCount::count)
          .reversed()
          .thenComparing(SearchFacets.FacetCount::value);

  private volatile States states;

  private record States(
      IndexReader reader, StringDocValuesReaderState sources, StringDocValuesReaderState days) {}

  SearchFacets count(IndexReader reader, FacetsCollector matches, int top) throws IOException {
    if (reader.numDocs() == 0) {
      return SearchFacets.EMPTY;
    }
    States current = statesFor(reader);
    return new SearchFacets(
        top(current.sources(), ArticleFields.SOURCE, matches, top),
        top(current.days(), ArticleFields.DAY, matches, top));
  }

  private States statesFor(IndexReader reader) throws IOException {
    States current = states;
    if (current == null || current.reader() != reader) {
      current =
          new States(
              reader,
              new StringDocValuesReaderState(reader, ArticleFields.SOURCE),
              new StringDocValuesReaderState(reader, ArticleFields.DAY));
      states = current;
    }
    return current;
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
    counts.sort(MOST_FIRST);
    return counts;
  }
}
