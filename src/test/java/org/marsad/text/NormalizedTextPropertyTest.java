package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
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
 * {@link NormalizedText}'s offset contract on real Arabic news text (the ANT sample's bodies when
 * present) damaged with the chars the rules touch; {@link ArabicNormalizerPropertyTest} covers
 * random strings.
 */
@AddLifecycleHook(PropertyRows.class)
class NormalizedTextPropertyTest {
  static final List<String> PARAGRAPHS =
      List.of(
          "أكّد وزيرُ الخارجيّة، الثلاثاء ١١ فبراير ٢٠٢٥، أنّ «المفاوضات» مستمرّة\u200F.",
          "القاهرة - (أ ش أ): استقبل رئيس مجلس الوزراء  د. مصطفى مدبولي، اليوم، وفداً…");

  static final List<String> RULE_CHARS =
      List.of(
          "ا",
          "أ",
          "إ",
          "آ",
          "ٱ",
          "ة",
          "ى",
          "ي",
          "ی",
          "ک",
          "ہ",
          "ؤ",
          "ئ",
          "ء",
          "\u0654",
          "\u0655",
          "\u0653",
          "\u064B",
          "\u064E",
          "\u0651",
          "\u0652",
          "\u0670",
          "\u0640",
          "\u200C",
          "\u200F",
          "\uFEFF",
          "\u00AD",
          " ",
          "\u00A0",
          "\t",
          "\n",
          "\r",
          "\u2029",
          "٠",
          "٩",
          "۰",
          "،",
          "؛",
          "؟",
          "«",
          "»",
          "\uFEFB",
          "\uFDF2",
          "\uFDFA",
          "\uFE70",
          "\uFC5E",
          "\uD83D\uDE00",
          "\uD800",
          "\uDC00");

  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  @Provide
  Arbitrary<String> damagedText() {
    List<String> seeds =
        RealFragments.antFieldOr("title", PARAGRAPHS).stream()
            .map(s -> s.length() > 2000 ? s.substring(0, 2000) : s)
            .toList();
    return Mutations.ofText(seeds, RULE_CHARS);
  }

  @Property(tries = 500)
  @FuzzRow(
      tries = "ArabicNormalizer.normalizeAligned on ANT headlines with rule chars inserted",
      mustHold =
          "one offset per char plus the end, non-decreasing, inside the original; a non-empty"
              + " range maps to a non-empty one; normalizing twice changes nothing")
  void anyDamagedTextKeepsItsOffsetsAligned(
      @ForAll("damagedText") String original,
      @ForAll("starts") int startPick,
      @ForAll("starts") int lengthPick) {
    assertWithinContract(normalizer, original, startPick, lengthPick);
  }

  /** What {@link NormalizedText} promises of the offsets, for one range picked in the text. */
  static void assertWithinContract(
      ArabicNormalizer normalizer, String original, int startPick, int lengthPick) {
    NormalizedText n = normalizer.normalizeAligned(original);
    int[] map = n.toOriginal();

    assertThat(n.original()).isEqualTo(original);
    assertThat(map).hasSize(n.text().length() + 1);
    assertThat(map[map.length - 1]).isEqualTo(original.length());
    for (int i = 0; i < n.text().length(); i++) {
      assertThat(map[i]).isBetween(i == 0 ? 0 : map[i - 1], original.length() - 1);
    }
    if (!n.text().isEmpty()) {
      int start = startPick % n.text().length();
      int end = start + 1 + lengthPick % (n.text().length() - start);
      assertThat(n.originalEnd(end)).isGreaterThan(n.originalStart(start));
      assertThat(n.originalEnd(end)).isLessThanOrEqualTo(original.length());
    }
    assertThat(normalizer.normalize(n.text())).isEqualTo(n.text());
  }

  @Provide
  Arbitrary<Integer> starts() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE);
  }
}
