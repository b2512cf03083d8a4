package org.marsad.search;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Reads Marsad's query syntax into a Lucene query. It never throws on what the user typed: what
 * cannot be read as written is read as plain words, and a problem says so.
 *
 * <p>The grammar (whitespace separates clauses):
 *
 * <pre>
 * query  := clause*
 * clause := '-'? atom | 'OR'
 * atom   := field ':' value | value | '(' query ')'
 * value  := '"' phrase '"' | word
 * field  := 'title' | 'source' | 'from' | 'to' | 'entity' | 'category'
 * </pre>
 *
 * <ul>
 *   <li>Words and phrases must all match (AND), each in the title or the body; a title match scores
 *       {@value #TITLE_BOOST} times a body match. A word the analyzer splits into several tokens
 *       needs all of them.
 *   <li>{@code a OR b}: either; {@code OR} (upper case) binds the words or phrases on each side, so
 *       {@code x a OR b y} is x AND (a OR b) AND y. A dangling OR is ignored.
 *   <li>{@code (a b)}, {@code (a OR b)}: a group, which stands where a word may stand: {@code (a OR
 *       b) c}, {@code x OR (y z)}, {@code -(a b)}. Filters inside a group apply to the whole query.
 *       Parentheses that do not balance are balanced with a problem ({@link QueryTokenizer}).
 *   <li>{@code -word}, {@code -"phrase"}, {@code -source:NAME}: must not match.
 *   <li>{@code title:word}, {@code title:"phrase"}: must match in the title.
 *   <li>{@code source:NAME}, {@code source:"NAME WITH SPACES"}: published by that source (name
 *       compared trimmed, case-folded and Arabic-normalized); several {@code source:} mean any of
 *       them.
 *   <li>{@code entity:NAME}, {@code entity:"NAME WITH SPACES"}: names that entity, in any of its
 *       spellings (compared by {@link ArticleFields#entityKey}); several {@code entity:} must all
 *       be named.
 *   <li>{@code category:LABEL}: classified in that category (case-insensitive); several {@code
 *       category:} mean any of them.
 *   <li>{@code from:YYYY-MM-DD}, {@code to:YYYY-MM-DD}: published on or after / on or before that
 *       day, both inclusive, days in UTC. Articles without a date never match a date range. A date
 *       that does not parse is ignored with a problem.
 *   <li>Only filters or only exclusions: every article that passes them. Words that the analyzer
 *       drops entirely (stop words) alone: nothing. An empty query: every article.
 * </ul>
 *
 * Words and phrases are analyzed with the query-time chain, {@link
 * ArabicNewsAnalyzer#forQueries()}. Public for the other backends ({@code org.marsad.solr}), which
 * run the same reading on their engine. Thread-safe.
 */
public final class SearchQueryParser {

  static final float TITLE_BOOST = 2f;

  /** Dates outside these years are refused (and cannot overflow epoch milliseconds). */
  private static final int MIN_YEAR = 1;

  private static final int MAX_YEAR = 9999;

  private final QueryBuilder builder;

  public SearchQueryParser(Analyzer queryAnalyzer) {
    this.builder = new QueryBuilder(queryAnalyzer);
  }

  public ParsedQuery parse(String query) {
    return new Reading().read(query);
  }

  /** The state of reading one query, or one parenthesized group of it. */
  private final class Reading {
    private final List<String> problems;

    /** The text each phrase query was built from (shared by the groups, as the problems). */
    private final Map<Query, String> phrases;

    private final List<List<Query>> required = new ArrayList<>();
    private final List<Query> excluded = new ArrayList<>();

    /** The whole query's reading, which holds the filters of every group. */
    private final Reading root;

    private final List<Query> sources = new ArrayList<>();
    private final List<Query> categories = new ArrayList<>();
    private final List<Query> entities = new ArrayList<>();
    private LocalDate from;
    private LocalDate to;
    private boolean pendingOr;
    private boolean lastWasRequiredText;
    private int droppedWords;

    Reading() {
      this.problems = new ArrayList<>();
      this.phrases = new IdentityHashMap<>();
      this.root = this;
    }

    private Reading(Reading root) {
      this.problems = root.problems;
      this.phrases = root.phrases;
      this.root = root;
    }

    ParsedQuery read(String query) {
      Iterator<QueryToken> tokens = QueryTokenizer.tokenize(query, problems).iterator();
      readUntilClose(tokens);
      return new ParsedQuery(build(), problems, phrases);
    }

    /** Reads tokens up to the {@code )} that closes this group, or to the end. */
    private void readUntilClose(Iterator<QueryToken> tokens) {
      while (tokens.hasNext()) {
        QueryToken token = tokens.next();
        switch (token.kind()) {
          case CLOSE -> {
            endGroup();
            return;
          }
          case OPEN -> readGroup(token, tokens);
          case OR -> readOr();
          default -> {
            if (token.isText()) {
              readText(token);
            } else {
              readFilter(token);
            }
          }
        }
      }
      endGroup();
    }

    private void endGroup() {
      if (pendingOr) {
        problems.add(root == this ? "OR at the end was ignored" : "OR before ')' was ignored");
        pendingOr = false;
      }
    }

    private void readGroup(QueryToken open, Iterator<QueryToken> tokens) {
      Reading group = new Reading(root);
      group.readUntilClose(tokens);
      Query query = group.groupQuery();
      if (query == null) {
        problems.add("empty parentheses ignored");
        return;
      }
      addText(query, open.excluded(), (open.excluded() ? "-" : "") + "(...)");
    }

    /** The group as one query: its words and phrases, less its exclusions; null when empty. */
    private Query groupQuery() {
      if (required.isEmpty() && excluded.isEmpty()) {
        return null;
      }
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      required.forEach(group -> query.add(anyOf(group), Occur.MUST));
      if (required.isEmpty()) {
        query.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
      return query.build();
    }

    private void readOr() {
      if (!lastWasRequiredText || pendingOr) {
        problems.add("OR ignored: it must stand between two words or phrases");
        return;
      }
      pendingOr = true;
    }

    private void readText(QueryToken token) {
      Query query = textQuery(token);
      if (query == null) {
        if (!token.excluded()) {
          root.droppedWords++;
        }
        return;
      }
      addText(query, token.excluded(), "-" + token.text());
    }

    /** A word, phrase or group: required (joined to the previous one by a pending OR) or not. */
    private void addText(Query query, boolean isExcluded, String written) {
      if (isExcluded) {
        excluded.add(query);
        endOr(written);
        lastWasRequiredText = false;
        return;
      }
      if (pendingOr) {
        required.get(required.size() - 1).add(query);
        pendingOr = false;
      } else {
        required.add(new ArrayList<>(List.of(query)));
      }
      lastWasRequiredText = true;
    }

    private void readFilter(QueryToken token) {
      endOr(token.field() + ":" + token.text());
      lastWasRequiredText = false;
      Reading root = this.root;
      switch (token.field()) {
        case QueryTokenizer.SOURCE -> {
          Query source =
              new TermQuery(
                  new Term(ArticleFields.SOURCE_KEY, ArticleFields.sourceKey(token.text())));
          (token.excluded() ? root.excluded : root.sources).add(source);
        }
        case QueryTokenizer.ENTITY -> {
          Query entity =
              new TermQuery(
                  new Term(ArticleFields.ENTITY_KEY, ArticleFields.entityKey(token.text())));
          (token.excluded() ? root.excluded : root.entities).add(entity);
        }
        case QueryTokenizer.CATEGORY -> {
          Query category =
              new TermQuery(
                  new Term(ArticleFields.CATEGORY_KEY, ArticleFields.categoryKey(token.text())));
          (token.excluded() ? root.excluded : root.categories).add(category);
        }
        case QueryTokenizer.FROM -> root.from = date(token, root.from);
        case QueryTokenizer.TO -> root.to = date(token, root.to);
        default -> throw new IllegalStateException("unhandled field " + token.field());
      }
    }

    /** An OR followed by something it cannot join is dropped. */
    private void endOr(String what) {
      if (pendingOr) {
        problems.add("OR ignored: it cannot join " + what);
        pendingOr = false;
      }
    }

    private LocalDate date(QueryToken token, LocalDate previous) {
      String written = token.field() + ":" + token.text();
      if (token.excluded()) {
        problems.add("-" + written + ": dates cannot be excluded, read as " + written);
      }
      try {
        LocalDate day = LocalDate.parse(token.text().strip());
        if (day.getYear() < MIN_YEAR || day.getYear() > MAX_YEAR) {
          problems.add(
              written + " is out of range (years " + MIN_YEAR + "-" + MAX_YEAR + "): ignored");
          return previous;
        }
        if (previous != null) {
          problems.add("several " + token.field() + ": dates, the last one used");
        }
        return day;
      } catch (DateTimeParseException e) {
        problems.add(written + " is not a date (YYYY-MM-DD): ignored");
        return previous;
      }
    }

    private Query textQuery(QueryToken token) {
      boolean titleOnly = QueryTokenizer.TITLE.equals(token.field());
      Query title = fieldQuery(ArticleFields.TITLE, token);
      if (title == null || titleOnly) {
        return title;
      }
      Query body = fieldQuery(ArticleFields.BODY, token);
      return new BooleanQuery.Builder()
          .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
          .add(body, Occur.SHOULD)
          .build();
    }

    private Query fieldQuery(String field, QueryToken token) {
      if (token.kind() != QueryToken.Kind.PHRASE) {
        return builder.createBooleanQuery(field, token.text(), Occur.MUST);
      }
      Query phrase = builder.createPhraseQuery(field, token.text());
      if (phrase != null) {
        phrases.put(phrase, token.text());
      }
      return phrase;
    }

    private Query build() {
      BooleanQuery.Builder query = new BooleanQuery.Builder();
      Query range = dateRange();
      for (List<Query> group : required) {
        query.add(anyOf(group), Occur.MUST);
      }
      if (required.isEmpty()) {
        if (droppedWords > 0
            && excluded.isEmpty()
            && sources.isEmpty()
            && categories.isEmpty()
            && entities.isEmpty()
            && range == null) {
          problems.add("only very common words, which are not searched: nothing matched");
          return new MatchNoDocsQuery("only stop words");
        }
        query.add(new MatchAllDocsQuery(), Occur.MUST);
      }
      excluded.forEach(q -> query.add(q, Occur.MUST_NOT));
      if (!sources.isEmpty()) {
        query.add(anyOf(sources), Occur.FILTER);
      }
      if (!categories.isEmpty()) {
        query.add(anyOf(categories), Occur.FILTER);
      }
      entities.forEach(q -> query.add(q, Occur.FILTER));
      if (range != null) {
        query.add(range, Occur.FILTER);
      }
      return query.build();
    }

    private Query dateRange() {
      if (from == null && to == null) {
        return null;
      }
      if (from != null && to != null && from.isAfter(to)) {
        problems.add("from:" + from + " is after to:" + to + ": no article can match");
      }
      long lower = from == null ? Long.MIN_VALUE : startOfDay(from);
      long upper = to == null ? Long.MAX_VALUE : startOfDay(to.plusDays(1)) - 1;
      return LongPoint.newRangeQuery(ArticleFields.PUBLISHED, lower, upper);
    }
  }

  private static long startOfDay(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  private static Query anyOf(List<Query> queries) {
    if (queries.size() == 1) {
      return queries.get(0);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    queries.forEach(q -> any.add(q, Occur.SHOULD));
    return any.build();
  }
}
