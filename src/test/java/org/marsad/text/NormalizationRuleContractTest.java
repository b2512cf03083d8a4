package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link NormalizationRule} must do, checked on random strings for each rule. */
class NormalizationRuleContractTest {
  private static final String INTERESTING =
      "اأإبةىیۀو\u0654\u0653\u064E\u0651\u0640\u200F\uFEFF \u00A0\n٣۳،«\uFEFB\uFDFA\uFE70\uD800a";

  static Stream<Arguments> rules() {
    return ArabicNormalizer.standardRules().stream().map(r -> Arguments.of(r.name(), r));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void appendsAlignedOutputAndCountsChanges(String name, NormalizationRule rule) {
    Random random = new Random(rule.name().hashCode());
    for (int round = 0; round < 500; round++) {
      String s = randomString(random);
      AlignedChars in = AlignedChars.of(s);
      AlignedChars out = new AlignedChars(1);
      out.append('x', 0);
      int changed = rule.apply(in, out);

      assertThat(name).matches("[a-z-]+");
      assertThat(out.charAt(0)).as("keeps what out already held").isEqualTo('x');
      int previous = 0;
      for (int i = 1; i < out.length(); i++) {
        assertThat(out.originAt(i)).isBetween(previous, s.length() - 1);
        previous = out.originAt(i);
      }
      String produced = new String(out.chars, 1, out.length() - 1);
      assertThat(changed).isNotNegative();
      if (changed == 0) {
        assertThat(produced).as("no change counted").isEqualTo(s);
      } else {
        assertThat(produced).as("%d changes counted", changed).isNotEqualTo(s);
      }
    }
  }

  private static String randomString(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(30);
    for (int i = 0; i < length; i++) {
      sb.append(INTERESTING.charAt(random.nextInt(INTERESTING.length())));
    }
    return sb.toString();
  }
}
