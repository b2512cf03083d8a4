package org.marsad.search;

/**
 * One search: the query as the user typed it (grammar in {@link SearchQueryParser}), the order and
 * the page wanted, and whether to count the matches by source and day.
 *
 * @param query the query text; null or blank matches every article
 * @param order by relevance (ties newest first) or by publication date, newest first
 * @param limit hits per page, 1 to {@value #MAX_LIMIT}
 * @param offset hits to skip, 0 to {@value #MAX_OFFSET}
 * @param facets count all matches by source and by day ({@link SearchResult#facets}); without, the
 *     facets are empty and the search does not keep every match
 * @throws IllegalArgumentException when limit or offset is out of range, or order is null
 */
public record SearchRequest(
    String query, Order order, int limit, int offset, boolean facets, boolean allCopies) {

  public static final int DEFAULT_LIMIT = 10;
  public static final int MAX_LIMIT = 1000;

  /** Deep paging costs memory (offset + limit hits are collected): bounded by default. */
  public static final int MAX_OFFSET = 10_000;

  /** How hits are ordered. */
  public enum Order {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    if (order == null) {
      throw new IllegalArgumentException("order must not be null");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", got " + limit);
    }
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new IllegalArgumentException("offset must be 0.." + MAX_OFFSET + ", got " + offset);
    }
    query = query == null ? "" : query;
  }

  /** The first {@value #DEFAULT_LIMIT} hits by relevance, with facets, copies folded. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, Order.RELEVANCE, DEFAULT_LIMIT, 0, true, false);
  }

  public SearchRequest withOrder(Order newOrder) {
    return new SearchRequest(query, newOrder, limit, offset, facets, allCopies);
  }

  public SearchRequest withLimit(int newLimit) {
    return new SearchRequest(query, order, newLimit, offset, facets, allCopies);
  }

  public SearchRequest withOffset(int newOffset) {
    return new SearchRequest(query, order, limit, newOffset, facets, allCopies);
  }

  /**
   * Whether every copy of a story is a hit of its own; by default copies (one duplicate group) are
   * folded into their best-ranked member.
   */
  public SearchRequest withAllCopies(boolean all) {
    return new SearchRequest(query, order, limit, offset, facets, all);
  }

  public SearchRequest withFacets(boolean newFacets) {
    return new SearchRequest(query, order, limit, offset, newFacets, allCopies);
  }
}
