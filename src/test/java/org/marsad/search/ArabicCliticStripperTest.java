package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicCliticStripperTest {
  private final ArabicCliticStripper stripper = new ArabicCliticStripper();

  private String stripArticle(String word) {
    char[] buffer = word.toCharArray();
    return new String(buffer, 0, stripper.stripArticle(buffer, buffer.length));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "الارهاب, ارهاب",
    "والارهاب, ارهاب",
    "فالارهاب, ارهاب",
    "بالارهاب, ارهاب",
    "كالارهاب, ارهاب",
    "للارهاب, ارهاب",
    "وللارهاب, ارهاب",
    "فللارهاب, ارهاب",
    "وبالارهاب, ارهاب",
    "فبالارهاب, ارهاب",
    "وكالارهاب, ارهاب",
    "الحق, حق",
    "والحق, حق",
    "الوزير, وزير"
  })
  void stripsArticleForms(String word, String stem) {
    assertThat(stripArticle(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} stays")
  @CsvSource({
    // too short once stripped
    "ال",
    "الي",
    "لله",
    "بال",
    "بالغ",
    "وال",
    // no article: bare prepositions, feh and waw are not removed here
    "بريطانيا",
    "لبنان",
    "كندا",
    "فلسطين",
    "بمصر",
    "ومصر",
    "وزير",
    // a preposition cannot precede the lam-lam form, nor the article twice
    "بللبنان",
    // not Arabic
    "covid",
    "2025"
  })
  void leavesWordsWithoutArticleAlone(String word) {
    assertThat(stripArticle(word)).isEqualTo(word);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "ومصر, true",
    "وزير, true",
    "ووزير, true",
    "وطن, false",
    "ولد, false",
    "و, false",
    "مصر, false"
  })
  void leadingWawMayBeAConjunctionWhenThreeLettersFollow(String word, boolean conjunction) {
    assertThat(stripper.startsWithConjunctionWaw(word.toCharArray(), word.length()))
        .isEqualTo(conjunction);
  }
}
