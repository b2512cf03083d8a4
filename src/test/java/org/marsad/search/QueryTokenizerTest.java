package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.search.QueryToken.Kind;

class QueryTokenizerTest {

  private final List<String> problems = new ArrayList<>();

  private List<QueryToken> tokenize(String query) {
    return QueryTokenizer.tokenize(query, problems);
  }

  @Test
  void readsEveryConstruct() {
    assertThat(
            tokenize("باريس \"هطول مطر\" -حريق OR source:\"سكاي نيوز\" from:2024-03-01 title:قطار"))
        .containsExactly(
            new QueryToken(Kind.WORD, null, "باريس", false),
            new QueryToken(Kind.PHRASE, null, "هطول مطر", false),
            new QueryToken(Kind.WORD, null, "حريق", true),
            QueryToken.OR,
            new QueryToken(Kind.PHRASE, "source", "سكاي نيوز", false),
            new QueryToken(Kind.WORD, "from", "2024-03-01", false),
            new QueryToken(Kind.WORD, "title", "قطار", false));
    assertThat(problems).isEmpty();
  }

  @Test
  void lowerCaseOrIsAWord() {
    assertThat(tokenize("a or b")).extracting(QueryToken::kind).containsOnly(Kind.WORD);
  }

  @Test
  void fieldNamesAreCaseInsensitive() {
    assertThat(tokenize("SOURCE:x"))
        .containsExactly(new QueryToken(Kind.WORD, "source", "x", false));
  }

  @Test
  void unknownFieldIsSplitIntoWords() {
    assertThat(tokenize("foo:bar")).extracting(QueryToken::text).containsExactly("foo", "bar");
    assertThat(problems).containsExactly("'foo:bar': unknown field, searched as words");
  }

  @Test
  void punctuationWithAColonIsNotReportedAsAField() {
    assertThat(tokenize("\"a\": 12:30"))
        .extracting(QueryToken::text)
        .containsExactly("a", "12", "30");
    assertThat(problems).isEmpty();
  }

  @Test
  void unbalancedQuoteGivesWords() {
    assertThat(tokenize("-\"a b"))
        .containsExactly(
            new QueryToken(Kind.WORD, null, "a", true), new QueryToken(Kind.WORD, null, "b", true));
    assertThat(problems).hasSize(1);
  }

  @Test
  void loneDashAndEmptyValuesAreReported() {
    assertThat(tokenize("- \"\" source:")).isEmpty();
    assertThat(problems)
        .containsExactly(
            "a lone '-' was ignored: write -word to exclude a word",
            "empty phrase ignored",
            "empty source: ignored");
  }

  @Test
  void tokenCountIsBounded() {
    assertThat(tokenize("w ".repeat(200))).hasSize(QueryTokenizer.MAX_TOKENS);
    assertThat(tokenize("\"" + "w ".repeat(200))).hasSize(QueryTokenizer.MAX_TOKENS);
  }

  @Test
  void randomInputNeverThrowsAndAlwaysEnds() {
    Random random = new Random(42);
    String alphabet = "\"-: ORsourcefromtitle\u0628\u0627\u0631\u064A\u0633\t\n()*";
    for (int i = 0; i < 5000; i++) {
      StringBuilder query = new StringBuilder();
      for (int n = random.nextInt(40); n > 0; n--) {
        query.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      List<QueryToken> tokens = QueryTokenizer.tokenize(query.toString(), new ArrayList<>());
      assertThat(tokens)
          .allMatch(
              t ->
                  t.kind() == Kind.WORD || t.kind() == Kind.PHRASE
                      ? !t.text().isBlank()
                      : t.text().isEmpty());
      int depth = 0;
      for (QueryToken t : tokens) {
        depth += t.kind() == Kind.OPEN ? 1 : t.kind() == Kind.CLOSE ? -1 : 0;
        assertThat(depth).as("parentheses of %s", query).isBetween(0, QueryTokenizer.MAX_DEPTH);
      }
      assertThat(depth).as("parentheses of %s", query).isZero();
    }
  }
}
