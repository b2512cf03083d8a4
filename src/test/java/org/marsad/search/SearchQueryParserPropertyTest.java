package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.marsad.testing.FuzzRow;
import org.marsad.testing.Mutations;
import org.marsad.testing.PropertyRows;
import org.marsad.testing.RealFragments;

/**
 * {@link SearchQueryParser} never throws on what the user typed: real headlines with the query
 * syntax's operators scattered in by random edits.
 */
@AddLifecycleHook(PropertyRows.class)
class SearchQueryParserPropertyTest {
  static final List<String> QUERIES =
      List.of(
          "الإمارات والصين",
          "\"ابنة جوني هاليداي\" -معلومات",
          "النفط OR الغاز source:alarabia from:2018-02-01 to:2018-03-01",
          "title:\"كأس العالم\" -source:\"bbc arabic\"",
          "كورونا");

  static final List<String> QUERY_TOKENS =
      List.of(
          " ",
          "OR",
          " OR ",
          "-",
          "\"",
          "source:",
          "title:",
          "from:",
          "to:",
          "from:2023-02-30",
          "to:99999-01-01",
          "from:-0001-01-01",
          "title:\"",
          "source:\"",
          ":",
          "(",
          ")",
          "*",
          "?",
          "~",
          "^",
          "\\",
          "AND",
          "NOT",
          "+",
          "\u0000",
          "\uD800",
          "\u200F",
          "ـ",
          "في",
          "من",
          "--",
          "\"\"",
          "OR OR",
          "ال");

  private final SearchQueryParser parser = new SearchQueryParser(ArabicNewsAnalyzer.forQueries());

  @Provide
  Arbitrary<String> damagedQueries() {
    return Mutations.ofText(RealFragments.antFieldOr("title", QUERIES), QUERY_TOKENS);
  }

  @Property(tries = 600)
  @FuzzRow(
      tries =
          "SearchQueryParser.parse on ANT headlines and example queries with operators, quotes"
              + " and bad dates inserted by up to 6 random edits",
      mustHold = "no exception; a query to run; each problem a non-blank line")
  void anyDamagedQueryGivesAQueryAndProblemsNeverAnException(
      @ForAll("damagedQueries") String typed) {
    assertWithinContract(parser.parse(typed));
  }

  /** What {@link SearchQueryParser#parse} promises for anything typed. */
  static void assertWithinContract(ParsedQuery parsed) {

    assertThat(parsed.query()).isNotNull();
    assertThat(parsed.query().toString()).isNotNull();
    assertThat(parsed.problems()).noneMatch(String::isBlank);
  }
}
