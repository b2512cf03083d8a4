package org.marsad.solr;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Writes a Lucene query that {@code search.SearchQueryParser} built into Solr request parameters,
 * so that Solr runs the same query: each clause becomes a parameter of its own ({@code {!bool
 * must=$mq3 ...}}, {@code {!term f=title}...}) that the parent references, so no user text is ever
 * read as query syntax. Words arrive already analyzed by Marsad's query chain and are sent as exact
 * terms; a phrase is sent as the text it was built from, quoted, which the nodes analyze with the
 * same chain (the plug-in) into the same phrase, positions included.
 *
 * <p>One writer per request: it adds its parameters to the request's. Not thread-safe.
 */
final class SolrQueryWriter {

  private static final String PARAM = "mq";

  private final ModifiableSolrParams params;
  private final Map<Query, String> phrases;
  private int next;

  /**
   * @param params the request's parameters, which the clauses are added to
   * @param phrases the text of each phrase query ({@code ParsedQuery.phrases})
   */
  SolrQueryWriter(ModifiableSolrParams params, Map<Query, String> phrases) {
    this.params = params;
    this.phrases = phrases;
  }

  /**
   * The query as the value of a {@code q} or {@code fq} parameter.
   *
   * @throws IllegalArgumentException for a kind of query the parser never builds
   */
  String write(Query query) {
    if (query instanceof BooleanQuery bool) {
      return bool(bool);
    }
    if (query instanceof TermQuery term) {
      return term(term.getTerm().field(), term.getTerm().text());
    }
    if (query instanceof BoostQuery boost) {
      return "{!boost b=" + boost.getBoost() + " v=" + reference(write(boost.getQuery())) + "}";
    }
    if (query instanceof SynonymQuery synonyms) {
      // Stacked tokens: any of them matches.
      StringBuilder any = new StringBuilder("{!bool");
      synonyms
          .getTerms()
          .forEach(t -> any.append(" should=").append(reference(term(t.field(), t.text()))));
      return any.append('}').toString();
    }
    if (query instanceof MatchAllDocsQuery) {
      return "*:*";
    }
    if (query instanceof MatchNoDocsQuery) {
      return "-*:*";
    }
    if (query instanceof PointRangeQuery range && range.getNumDims() == 1) {
      return range(range);
    }
    String phrase = phrases.get(query);
    if (phrase != null) {
      return "{!lucene v=" + reference(field(query) + ":\"" + escapeQuoted(phrase) + "\"") + "}";
    }
    throw new IllegalArgumentException(
        "no Solr form for " + query.getClass().getSimpleName() + ": " + query);
  }

  /** A filter: the field holds one of these values (points or strings). */
  String anyOf(String field, Collection<?> values) {
    String list = values.stream().map(String::valueOf).collect(Collectors.joining(","));
    return "{!terms f=" + field + " v=" + reference(list) + "}";
  }

  /** {@code query} less what any of {@code excluded} matches. */
  String excluding(String query, List<String> excluded) {
    StringBuilder bool = new StringBuilder("{!bool must=").append(reference(query));
    excluded.forEach(q -> bool.append(" must_not=").append(reference(q)));
    return bool.append('}').toString();
  }

  /** The field holds exactly this (indexed, not analyzed) term. */
  String term(String field, String value) {
    return "{!term f=" + field + " v=" + reference(value) + "}";
  }

  private String bool(BooleanQuery bool) {
    if (bool.clauses().isEmpty()) {
      return "-*:*";
    }
    StringBuilder query = new StringBuilder("{!bool");
    for (BooleanClause clause : bool.clauses()) {
      String occur =
          switch (clause.getOccur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case MUST_NOT -> "must_not";
            case FILTER -> "filter";
          };
      query.append(' ').append(occur).append('=').append(reference(write(clause.getQuery())));
    }
    if (bool.getMinimumNumberShouldMatch() > 0) {
      query.append(" mm=").append(bool.getMinimumNumberShouldMatch());
    }
    return query.append('}').toString();
  }

  private static String range(PointRangeQuery range) {
    long lower = LongPoint.decodeDimension(range.getLowerPoint(), 0);
    long upper = LongPoint.decodeDimension(range.getUpperPoint(), 0);
    return range.getField()
        + ":["
        + (lower == Long.MIN_VALUE ? "*" : Long.toString(lower))
        + " TO "
        + (upper == Long.MAX_VALUE ? "*" : Long.toString(upper))
        + "]";
  }

  private static String field(Query phrase) {
    if (phrase instanceof PhraseQuery p) {
      return p.getField();
    }
    if (phrase instanceof MultiPhraseQuery m) {
      return m.getTermArrays()[0][0].field();
    }
    throw new IllegalArgumentException("not a phrase query: " + phrase);
  }

  /** A new parameter holding {@code value}, as {@code $name} for a local-params reference. */
  private String reference(String value) {
    String name = PARAM + next++;
    params.set(name, value);
    return "$" + name;
  }

  /**
   * Inside double quotes the standard parser treats only the backslash and the quote as special.
   */
  private static String escapeQuoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
