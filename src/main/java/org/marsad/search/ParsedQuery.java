package org.marsad.search;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.Query;

/**
 * A user query read into Lucene.
 *
 * @param query what to run (also what highlights are drawn from)
 * @param problems what could not be read as written, and how it was read instead
 * @param phrases the text each phrase query in {@link #query} was built from, by identity: an
 *     engine that analyzes text itself (Solr) builds the same phrase from it, positions included
 */
public record ParsedQuery(Query query, List<String> problems, Map<Query, String> phrases) {
  public ParsedQuery {
    problems = List.copyOf(problems);
    phrases = Collections.unmodifiableMap(new IdentityHashMap<>(phrases));
  }
}
