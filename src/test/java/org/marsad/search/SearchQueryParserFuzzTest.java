package org.marsad.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer target for {@link SearchQueryParser}, checking the contract of {@link
 * SearchQueryParserPropertyTest}; kept inputs in {@code
 * src/test/resources/org/marsad/search/SearchQueryParserFuzzTestInputs/parse/}.
 */
@ExtendWith(FuzzInputRows.class)
class SearchQueryParserFuzzTest {
  private static final SearchQueryParser PARSER =
      new SearchQueryParser(ArabicNewsAnalyzer.forQueries());

  @FuzzRow(
      tries = "SearchQueryParser.parse on the kept fuzzer inputs (UTF-8 text)",
      mustHold = "no exception; a query and non-blank problems")
  @FuzzTest
  void parse(byte[] typed) {
    SearchQueryParserPropertyTest.assertWithinContract(
        PARSER.parse(new String(typed, StandardCharsets.UTF_8)));
  }
}
