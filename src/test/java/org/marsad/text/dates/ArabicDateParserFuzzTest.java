package org.marsad.text.dates;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer target for {@link ArabicDateParser}, checking the contract of {@link
 * ArabicDateParserPropertyTest}; kept inputs in {@code
 * src/test/resources/org/marsad/text/dates/ArabicDateParserFuzzTestInputs/parse/}.
 */
@ExtendWith(FuzzInputRows.class)
class ArabicDateParserFuzzTest {
  private static final ArabicDateParser PARSER = new ArabicDateParser();

  @FuzzRow(
      tries = "ArabicDateParser.parseDetailed on the kept fuzzer inputs (UTF-8 text)",
      mustHold = "no exception; range inside the input; a plausible year")
  @FuzzTest
  void parse(byte[] text) {
    ArabicDateParserPropertyTest.assertWithinContract(
        PARSER, new String(text, StandardCharsets.UTF_8));
  }
}
