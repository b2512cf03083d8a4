package org.marsad.search;

import java.util.List;

/**
 * Reads a query as a search would, without searching: what the parser could not read as written. A
 * saved search is checked once when it is saved, so that a query that would silently be read
 * otherwise (unbalanced parentheses, a date that does not parse) is refused with the reason rather
 * than alerting on something the user did not ask for. Thread-safe.
 */
public final class QueryCheck {
  private static final SearchQueryParser PARSER =
      new SearchQueryParser(ArabicNewsAnalyzer.forQueries());

  private QueryCheck() {}

  /** The problems of a query, in the words a search result would give them; empty when sound. */
  public static List<String> problems(String query) {
    return PARSER.parse(query == null ? "" : query).problems();
  }
}
