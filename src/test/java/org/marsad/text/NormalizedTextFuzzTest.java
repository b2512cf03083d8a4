package org.marsad.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marsad.testing.FuzzInputRows;
import org.marsad.testing.FuzzRow;

/**
 * Jazzer target for {@link ArabicNormalizer#normalizeAligned}, checking the offset contract of
 * {@link NormalizedTextPropertyTest}; kept inputs in {@code
 * src/test/resources/org/marsad/text/NormalizedTextFuzzTestInputs/normalizeAligned/}.
 */
@ExtendWith(FuzzInputRows.class)
class NormalizedTextFuzzTest {
  private static final ArabicNormalizer NORMALIZER = ArabicNormalizer.standard();

  @FuzzRow(
      tries = "ArabicNormalizer.normalizeAligned on the kept fuzzer inputs (UTF-8 text)",
      mustHold = "offsets aligned, in range, non-decreasing; idempotent")
  @FuzzTest
  void normalizeAligned(byte[] text) {
    String s = new String(text, StandardCharsets.UTF_8);
    NormalizedTextPropertyTest.assertWithinContract(NORMALIZER, s, s.length() / 3, s.length() / 2);
  }
}
