package org.marsad.search;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a query string into {@link QueryToken}s. Never fails: whatever cannot be read as written
 * is read as plain words and a problem is recorded. Bounded: at most {@value #MAX_CHARS} chars and
 * {@value #MAX_TOKENS} tokens are read, and parentheses nest at most {@value #MAX_DEPTH} deep.
 *
 * <p>Parentheses come out balanced: a {@code )} without its {@code (} is dropped and one left open
 * is closed at the end, each with a problem naming where it stands.
 */
final class QueryTokenizer {

  static final String SOURCE = "source";
  static final String FROM = "from";
  static final String TO = "to";
  static final String TITLE = "title";
  static final String ENTITY = "entity";
  static final String CATEGORY = "category";

  static final int MAX_CHARS = 1000;
  static final int MAX_TOKENS = 64;
  static final int MAX_DEPTH = 8;

  private static final Set<String> FIELDS = Set.of(SOURCE, FROM, TO, TITLE, ENTITY, CATEGORY);
  private static final char QUOTE = '"';
  private static final char EXCLUDE = '-';
  private static final char FIELD_SEPARATOR = ':';
  private static final String OR_OPERATOR = "OR";
  private static final char OPEN = '(';
  private static final char CLOSE = ')';

  private final String query;
  private final List<String> problems;
  private final List<QueryToken> tokens = new ArrayList<>();
  private int at;
  private boolean truncated;

  /** Where each parenthesis still open stands (char index), innermost last. */
  private final Deque<Integer> open = new ArrayDeque<>();

  /** Opening parentheses ignored for depth, whose closing ones must be ignored too. */
  private int ignoredOpen;

  private QueryTokenizer(String query, List<String> problems) {
    this.query = query;
    this.problems = problems;
  }

  /** The tokens of {@code query}; problems found are added to {@code problems}. */
  static List<QueryToken> tokenize(String query, List<String> problems) {
    String bounded = query;
    if (bounded.length() > MAX_CHARS) {
      problems.add(
          "query too long (" + bounded.length() + " chars): only the first " + MAX_CHARS + " read");
      bounded = bounded.substring(0, MAX_CHARS);
    }
    QueryTokenizer tokenizer = new QueryTokenizer(bounded, problems);
    tokenizer.run();
    return tokenizer.tokens;
  }

  private void run() {
    while (skipWhitespace()) {
      if (full()) {
        break;
      }
      readToken();
    }
    if (!open.isEmpty()) {
      problems.add(
          "unbalanced parentheses: "
              + open.size()
              + " '(' not closed (first at character "
              + (open.getFirst() + 1)
              + "), closed at the end");
      open.forEach(ignored -> tokens.add(QueryToken.CLOSE));
      open.clear();
    }
  }

  /** Reads {@code (} (already past an optional {@code -}) or {@code )}; false if neither. */
  private boolean readParenthesis(boolean excluded) {
    char c = query.charAt(at);
    if (c == OPEN) {
      if (open.size() >= MAX_DEPTH) {
        problems.add("parentheses nested deeper than " + MAX_DEPTH + ": the inner ones ignored");
        ignoredOpen++;
      } else {
        open.addLast(at);
        tokens.add(new QueryToken(QueryToken.Kind.OPEN, null, "", excluded));
      }
      at++;
      return true;
    }
    if (c == CLOSE && !excluded) {
      if (ignoredOpen > 0) {
        ignoredOpen--;
      } else if (open.isEmpty()) {
        problems.add(
            "unbalanced parentheses: ')' at character " + (at + 1) + " closes nothing, ignored");
      } else {
        open.removeLast();
        tokens.add(QueryToken.CLOSE);
      }
      at++;
      return true;
    }
    return false;
  }

  private void readToken() {
    boolean excluded = false;
    if (query.charAt(at) == EXCLUDE) {
      excluded = true;
      at++;
      if (at == query.length() || Character.isWhitespace(query.charAt(at))) {
        problems.add("a lone '-' was ignored: write -word to exclude a word");
        return;
      }
    }
    if (readParenthesis(excluded)) {
      return;
    }
    String field = readFieldPrefix();
    if (at < query.length() && query.charAt(at) == QUOTE) {
      readQuoted(field, excluded);
    } else {
      readWord(field, excluded);
    }
  }

  /** Consumes {@code name:} when name is a known field and returns it, else null. */
  private String readFieldPrefix() {
    int end = at;
    while (end < query.length() && Character.isLetter(query.charAt(end))) {
      end++;
    }
    if (end == at || end == query.length() || query.charAt(end) != FIELD_SEPARATOR) {
      return null;
    }
    String name = query.substring(at, end).toLowerCase(Locale.ROOT);
    if (!FIELDS.contains(name)) {
      return null;
    }
    at = end + 1;
    return name;
  }

  private void readQuoted(String field, boolean excluded) {
    int close = query.indexOf(QUOTE, at + 1);
    if (close < 0) {
      problems.add("unbalanced quote: the rest was searched as words");
      addWords(field, query.substring(at + 1), excluded);
      at = query.length();
      return;
    }
    add(new QueryToken(QueryToken.Kind.PHRASE, field, query.substring(at + 1, close), excluded));
    at = close + 1;
  }

  private void readWord(String field, boolean excluded) {
    int end = at;
    while (end < query.length()
        && !Character.isWhitespace(query.charAt(end))
        && query.charAt(end) != QUOTE
        && query.charAt(end) != OPEN
        && query.charAt(end) != CLOSE) {
      end++;
    }
    String word = query.substring(at, end);
    at = end;
    if (field == null && !excluded && word.equals(OR_OPERATOR)) {
      tokens.add(QueryToken.OR);
      return;
    }
    int colon = word.indexOf(FIELD_SEPARATOR);
    if (field == null && colon >= 0) {
      if (colon > 0 && word.substring(0, colon).chars().allMatch(Character::isLetter)) {
        problems.add("'" + word + "': unknown field, searched as words");
      }
      addWords(field, word.replace(FIELD_SEPARATOR, ' '), excluded);
      return;
    }
    add(new QueryToken(QueryToken.Kind.WORD, field, word, excluded));
  }

  /** Adds each whitespace-separated word of {@code text}, so each may match in its own field. */
  private void addWords(String field, String text, boolean excluded) {
    for (String word : text.strip().split("\\s+")) {
      if (full()) {
        return;
      }
      if (!word.isEmpty()) {
        tokens.add(new QueryToken(QueryToken.Kind.WORD, field, word, excluded));
      }
    }
  }

  private void add(QueryToken token) {
    if (token.text().isBlank()) {
      String what = token.field() == null ? "empty phrase" : "empty " + token.field() + ":";
      problems.add(what + " ignored");
      return;
    }
    tokens.add(token);
  }

  /** Whether the token limit is reached; says so in the problems the first time. */
  private boolean full() {
    if (tokens.size() < MAX_TOKENS) {
      return false;
    }
    if (!truncated) {
      problems.add("too many terms: only the first " + MAX_TOKENS + " used");
      truncated = true;
    }
    return true;
  }

  /** Advances past whitespace; whether anything is left. */
  private boolean skipWhitespace() {
    while (at < query.length() && Character.isWhitespace(query.charAt(at))) {
      at++;
    }
    return at < query.length();
  }
}
