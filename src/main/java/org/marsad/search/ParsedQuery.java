package org.marsad.search;

import java.util.List;
import org.apache.lucene.search.Query;

/**
 * A user query read into Lucene.
 *
 * @param query what to run (also what highlights are drawn from)
 * @param problems what could not be read as written, and how it was read instead
 */
record ParsedQuery(Query query, List<String> problems) {
  ParsedQuery {
    problems = List.copyOf(problems);
  }
}
