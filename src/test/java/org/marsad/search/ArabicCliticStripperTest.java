package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArabicCliticStripperTest {
  private final ArabicCliticStripper stripper = new ArabicCliticStripper();

  private String strip(String word) {
    char[] buffer = word.toCharArray();
    return new String(buffer, 0, stripper.strip(buffer, buffer.length));
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
    "والحق, حق"
  })
  void stripsArticleForms(String word, String stem) {
    assertThat(strip(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"ومصر, مصر", "ووزير, زير", "وزير, زير", "الوزير, زير", "والوزير, زير"})
  void stripsConjunctionWawWhileThreeLettersRemain(String word, String stem) {
    assertThat(strip(word)).isEqualTo(stem);
  }

  @ParameterizedTest(name = "{0} stays")
  @CsvSource({
    // too short once stripped
    "ال",
    "الي",
    "لله",
    "بال",
    "بالغ",
    "وطن",
    "ولد",
    "و",
    // bare prepositions and feh are not stripped: names start with them
    "بريطانيا",
    "لبنان",
    "كندا",
    "فلسطين",
    "فرنسا",
    "بمصر",
    // not Arabic
    "covid",
    "2025"
  })
  void leavesShortWordsAndNamesAlone(String word) {
    assertThat(strip(word)).isEqualTo(word);
  }
}
