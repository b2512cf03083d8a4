package org.marsad.search;

import java.util.List;

/**
 * What a search found.
 *
 * @param total how many articles match (exact, not just this page)
 * @param hits this page of hits, in the requested order
 * @param facets match counts by source and by day over all matching articles; empty when the
 *     request asked for none
 * @param problems what was wrong with the query and how it was read instead, for the user; empty
 *     when the query was read as written
 */
public record SearchResult(
    long total, List<SearchHit> hits, SearchFacets facets, List<String> problems) {

  public SearchResult {
    hits = List.copyOf(hits);
    problems = List.copyOf(problems);
  }
}
