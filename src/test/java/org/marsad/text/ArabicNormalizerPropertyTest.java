package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random strings blasted through the normalizer, biased towards the chars its rules touch. */
class ArabicNormalizerPropertyTest {
  private static final int ROUNDS = 3000;
  private static final String INTERESTING =
      "اأإآٱبتةثىيیکہەۀؤئء\u0654\u0655\u0653\u064B\u064E\u0651\u0652\u0670\u0640\u200C\u200F"
          + "\uFEFF\u00AD \u00A0\t\n\r\u2029٠٩۰،؛؟«»“”\uFEFB\uFDF2\uFDFA\uFE70\uFC5E\uD83D\uDE00a1";

  private final ArabicNormalizer standard = ArabicNormalizer.standard();
  private final ArabicNormalizer unfused =
      ArabicNormalizer.of(
          ArabicNormalizer.standardRules().stream()
              .<NormalizationRule>map(UnfusedRule::new)
              .toList());

  @Test
  void anyStringNormalizesWithAMonotonicInRangeAlignment() {
    Random random = new Random(20250211L);
    for (int round = 0; round < ROUNDS; round++) {
      String s = randomString(random);
      NormalizedText n = standard.normalizeAligned(s);
      int[] map = n.toOriginal();
      assertThat(map).hasSize(n.text().length() + 1);
      assertThat(map[map.length - 1]).isEqualTo(s.length());
      for (int i = 0; i < n.text().length(); i++) {
        assertThat(map[i]).as("%s at %d", escape(s), i).isBetween(0, s.length() - 1);
        if (i > 0) {
          assertThat(map[i]).as("%s at %d", escape(s), i).isGreaterThanOrEqualTo(map[i - 1]);
        }
      }
      for (int start = 0; start < n.text().length(); start++) {
        int end = Math.min(n.text().length(), start + 1 + random.nextInt(5));
        assertThat(n.originalEnd(end)).isGreaterThan(n.originalStart(start));
        assertThat(n.originalEnd(end)).isLessThanOrEqualTo(s.length());
      }
    }
  }

  @Test
  void fusedRulesGiveTheSameTextAndAlignmentAsRulesAppliedOneByOne() {
    Random random = new Random(7L);
    for (int round = 0; round < ROUNDS; round++) {
      String s = randomString(random);
      NormalizedText fused = standard.normalizeAligned(s);
      NormalizedText oneByOne = unfused.normalizeAligned(s);
      assertThat(fused.text()).as(escape(s)).isEqualTo(oneByOne.text());
      assertThat(fused.toOriginal()).as(escape(s)).isEqualTo(oneByOne.toOriginal());
    }
  }

  @Test
  void normalizationIsIdempotent() {
    Random random = new Random(11L);
    for (int round = 0; round < ROUNDS; round++) {
      String once = standard.normalize(randomString(random));
      assertThat(standard.normalize(once)).as(escape(once)).isEqualTo(once);
    }
  }

  private static String randomString(Random random) {
    int length = random.nextInt(40);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(
          random.nextInt(3) == 0
              ? (char) random.nextInt(Character.MAX_VALUE + 1)
              : INTERESTING.charAt(random.nextInt(INTERESTING.length())));
    }
    return sb.toString();
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(String.format("\\u%04X", c)));
    return sb.toString();
  }

  /** Hides that a rule maps chars one by one, so the normalizer does not fuse it. */
  private record UnfusedRule(NormalizationRule rule) implements NormalizationRule {
    @Override
    public String name() {
      return rule.name();
    }

    @Override
    public int apply(AlignedChars in, AlignedChars out) {
      return rule.apply(in, out);
    }
  }
}
