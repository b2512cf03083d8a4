package org.marsad.search;

/**
 * One unit of a query as the user typed it, before analysis.
 *
 * @param kind a word, a quoted phrase, the OR operator, or a parenthesis
 * @param field the field prefix ({@code source}, {@code from}, {@code to}, {@code title}), or null
 * @param text the word or the phrase without its quotes; empty for OR and parentheses
 * @param excluded whether it was prefixed with {@code -} (for an opening parenthesis: the group)
 */
record QueryToken(Kind kind, String field, String text, boolean excluded) {

  enum Kind {
    WORD,
    PHRASE,
    OR,
    OPEN,
    CLOSE
  }

  static final QueryToken OR = new QueryToken(Kind.OR, null, "", false);
  static final QueryToken CLOSE = new QueryToken(Kind.CLOSE, null, "", false);

  boolean isText() {
    return (kind == Kind.WORD || kind == Kind.PHRASE)
        && (field == null || field.equals(QueryTokenizer.TITLE));
  }
}
