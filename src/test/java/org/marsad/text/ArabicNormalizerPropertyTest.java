package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Random strings blasted through the normalizer, biased towards the chars its rules touch. */
class ArabicNormalizerPropertyTest {
  private static final int ROUNDS = 3000;
  private static final String INTERESTING =
      "اأإآٱبتةثىيیکہەۀؤئء\u0654\u0655\u0653\u064B\u064E\u0651\u0652\u0670\u0640\u200C\u200F"
          + "\uFEFF\u00AD \u00A0\t\n\r\u2029٠٩۰،؛؟«»“”\uFEFB\uFDF2\uFDFA\uFE70\uFC5E\uD83D\uDE00a1";

  /** The chars that make {@link SinglePassNormalizer} leave a text to the rules. */
  private static final String RARE_CHARS = "[\\uFB50-\\uFDFF\\uFE70-\\uFEFF\\u0653-\\u0655]";

  private static final List<String> NEWS =
      List.of(
          "أكّد وزيرُ الخارجيّة، الثلاثاء ١١ فبراير ٢٠٢٥، أنّ «المفاوضات» مستمرّة\u200F.",
          "القاهرة - (أ ش أ):\r\n\r\nاستقبل رئيس مجلس الوزراء  د. مصطفى مدبولي،"
              + " اليوم، وفداً من البنك الدولي…\n\tوقال المتحدث الرسمي: \"نسبة النمو ٥٫٣٪\".",
          "الرياض‏ — أعلنت وزارة الصحة السعودية تسجيل ١٬٢٠٠ إصابة جديدة بفيروس كورونا (كوفيد-19)"
              + " خلال الـ ٢٤ ساعة الماضية؛ فيما تعافى ٩٨٠ مريضًا.\u00A0\u00A0المصدر: واس");

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
  void singlePassRunsTextWithoutRareCharsAndEqualsRulesAppliedOneByOne() {
    SinglePassNormalizer singlePass = singlePassOf(ArabicNormalizer.standardRules());
    Random random = new Random(13L);
    for (int round = 0; round < ROUNDS; round++) {
      String s = randomString(random).replaceAll(RARE_CHARS, "");
      NormalizedText fast = singlePass.normalize(s);
      NormalizedText oneByOne = unfused.normalizeAligned(s);
      assertThat(fast).as(escape(s)).isNotNull();
      assertThat(fast.text()).as(escape(s)).isEqualTo(oneByOne.text());
      assertThat(fast.toOriginal()).as(escape(s)).isEqualTo(oneByOne.toOriginal());
    }
  }

  @Test
  void singlePassLeavesTextWithARareCharToTheRules() {
    SinglePassNormalizer singlePass = singlePassOf(ArabicNormalizer.standardRules());
    assertThat(singlePass.normalize("\uFEFBبد")).isNull();
    assertThat(singlePass.normalize("ا\u0654")).isNull();
    assertThat(standard.normalize("\uFEFBبد ا\u0654")).isEqualTo("لابد ا");
  }

  @Test
  void everyInOrderSubsetOfTheRulesGivesTheSameResultFusedAndOneByOne() {
    List<NormalizationRule> all = ArabicNormalizer.standardRules();
    Random random = new Random(17L);
    for (int round = 0; round < ROUNDS / 10; round++) {
      List<NormalizationRule> subset =
          all.stream().filter(rule -> random.nextInt(3) > 0).collect(Collectors.toList());
      if (subset.isEmpty()) {
        continue;
      }
      ArabicNormalizer fused = ArabicNormalizer.of(subset);
      ArabicNormalizer oneByOne =
          ArabicNormalizer.of(subset.stream().<NormalizationRule>map(UnfusedRule::new).toList());
      for (int i = 0; i < 20; i++) {
        String s = randomString(random);
        String as = subset.stream().map(NormalizationRule::name).toList() + " " + escape(s);
        assertThat(fused.normalizeAligned(s)).as(as).isEqualTo(oneByOne.normalizeAligned(s));
      }
    }
  }

  @Test
  void realNewsTextGivesTheSameResultInOnePassAndOneByOne() {
    for (String paragraph : NEWS) {
      assertThat(singlePassOf(ArabicNormalizer.standardRules()).normalize(paragraph))
          .isEqualTo(unfused.normalizeAligned(paragraph))
          .isEqualTo(standard.normalizeAligned(paragraph));
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

  static SinglePassNormalizer singlePassOf(List<NormalizationRule> rules) {
    return SinglePassNormalizer.compile(ArabicNormalizer.fuseCharMappings(rules));
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
  record UnfusedRule(NormalizationRule rule) implements NormalizationRule {
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
