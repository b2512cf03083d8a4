package org.marsad.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NormalizedTextTest {
  private final ArabicNormalizer normalizer = ArabicNormalizer.standard();

  /** The original behind the first occurrence of {@code normalizedWord} in the normalized text. */
  private String originalOf(String original, String normalizedWord) {
    NormalizedText n = normalizer.normalizeAligned(original);
    int start = n.text().indexOf(normalizedWord);
    assertThat(start).as("%s in %s", normalizedWord, n.text()).isNotNegative();
    return n.originalSubstring(start, start + normalizedWord.length());
  }

  @Test
  void wordWithHarakatMapsBackWithItsTrailingMark() {
    assertThat(originalOf("قال إنّ الإرهابَ، والتطرف", "الارهاب")).isEqualTo("الإرهابَ");
    assertThat(originalOf("قال إنّ الإرهابَ، والتطرف", "ان")).isEqualTo("إنّ");
  }

  @Test
  void wordWithTatweelMapsBackWhole() {
    assertThat(originalOf("هذا الإرهـــاب اليوم", "الارهاب")).isEqualTo("الإرهـــاب");
    assertThat(originalOf("عـربـيـ وطن", "عربي")).isEqualTo("عـربـيـ");
  }

  @Test
  void partOfALigatureMapsBackToTheWholeLigature() {
    String original = "قال \uFEFB شيء";
    assertThat(originalOf(original, "لا")).isEqualTo("\uFEFB");
    NormalizedText n = normalizer.normalizeAligned(original);
    int lam = n.text().lastIndexOf('ل');
    assertThat(n.originalSubstring(lam, lam + 1)).isEqualTo("\uFEFB");
    assertThat(n.originalSubstring(lam + 1, lam + 2)).isEqualTo("\uFEFB");
  }

  @Test
  void wordsInsideAnExpandedPhraseMapBackToTheLigature() {
    assertThat(originalOf("محمد \uFDFA قال", "الله")).isEqualTo("\uFDFA");
  }

  @Test
  void decomposedHamzaMapsBackToBaseAndMark() {
    assertThat(originalOf("في \u0627\u0654\u064Eحمد اليوم", "احمد"))
        .isEqualTo("\u0627\u0654\u064Eحمد");
  }

  @Test
  void invisibleCharAfterAWordIsNotPartOfIt() {
    assertThat(originalOf("عام ٢٠٢٥\u200F، جديد", "2025")).isEqualTo("٢٠٢٥");
  }

  @Test
  void wordAtTheEndMapsBackWithoutTrailingWhitespace() {
    assertThat(originalOf("قال الوزيرُ \n", "الوزير")).isEqualTo("الوزيرُ");
  }

  @Test
  void collapsedWhitespaceMapsToTheFirstCharOfItsRun() {
    NormalizedText n = normalizer.normalizeAligned("ا \u00A0 ب");
    assertThat(n.text()).isEqualTo("ا ب");
    assertThat(n.toOriginal()).containsExactly(0, 1, 4, 5);
  }

  @Test
  void leadingRemovedCharsAreSkippedByTheStart() {
    NormalizedText n = normalizer.normalizeAligned("\uFEFF\u200Fكلمة");
    assertThat(n.originalStart(0)).isEqualTo(2);
    assertThat(n.originalSubstring(0, n.text().length())).isEqualTo("كلمة");
  }

  @Test
  void emptyRangeIsEmpty() {
    NormalizedText n = normalizer.normalizeAligned("كلمة");
    assertThat(n.originalSubstring(2, 2)).isEmpty();
  }

  @Test
  void offsetsOutsideTheTextAreRejected() {
    NormalizedText n = normalizer.normalizeAligned("كلمة");
    assertThatThrownBy(() -> n.originalEnd(5)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> n.originalStart(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void equalByContentIncludingTheAlignment() {
    assertThat(normalizer.normalizeAligned("الإرهابَ"))
        .isEqualTo(normalizer.normalizeAligned("الإرهابَ"));
    assertThat(normalizer.normalizeAligned("الإرهاب"))
        .isNotEqualTo(normalizer.normalizeAligned("الارهاب"));
  }

  @Test
  void alignmentOfWrongLengthIsRejected() {
    assertThatThrownBy(() -> new NormalizedText("ab", "ab", new int[] {0, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toOriginal");
  }
}
