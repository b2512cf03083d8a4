package org.marsad.dedup;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer target for {@link UrlCanonicalizer}, checking the contract of {@link
 * UrlCanonicalizerPropertyTest}; kept inputs in {@code
 * src/test/resources/org/marsad/dedup/UrlCanonicalizerFuzzTestInputs/canonicalize/}.
 */
@ExtendWith(FuzzInputRows.class)
class UrlCanonicalizerFuzzTest {
  private static final UrlCanonicalizer CANONICALIZER = new UrlCanonicalizer();

  @FuzzRow(
      tries = "UrlCanonicalizer.canonicalize on the kept fuzzer inputs (UTF-8 text)",
      mustHold = "only InvalidUrlException; idempotent, ASCII, valid host")
  @FuzzTest
  void canonicalize(byte[] url) throws Exception {
    UrlCanonicalizerPropertyTest.assertWithinContract(
        CANONICALIZER, new String(url, StandardCharsets.UTF_8));
  }
}
