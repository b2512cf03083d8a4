package org.marsad.search;

/**
 * One unit of a query as the user typed it, before analysis.
 *
 * @param kind a word, a quoted phrase, or the OR operator
 * @param field the field prefix ({@code source}, {@code from}, {@code to}, {@code title}), or null
 * @param text the word or the phrase without its quotes; empty for OR
 * @param excluded whether it was prefixed with {@code -}
 */
record QueryToken(Kind kind, String field, String text, boolean excluded) {

  enum Kind {
    WORD,
    PHRASE,
    OR
  }

  static final QueryToken OR = new QueryToken(Kind.OR, null, "", false);

  boolean isText() {
    return kind != Kind.OR && (field == null || field.equals(QueryTokenizer.TITLE));
  }
}
