package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CategoryLightStemmerTest {
  private final CategoryLightStemmer stemmer = new CategoryLightStemmer();

  @Test
  void stripsConjunctionArticleAndPluralSuffix() {
    assertThat(stemmer.stem("والانتخابات")).isEqualTo("انتخاب");
  }

  @Test
  void inflectedFormsOfOneWordMeet() {
    assertThat(stemmer.stem("اللاعبين")).isEqualTo(stemmer.stem("لاعبون"));
    assertThat(stemmer.stem("بالمباراه")).isEqualTo(stemmer.stem("المباراه"));
  }

  @Test
  void keepsAtLeastTwoLetters() {
    assertThat(stemmer.stem("امه")).isEqualTo("ام");
    assertThat(stemmer.stem("ها")).isEqualTo("ها");
    assertThat(stemmer.stem("وان")).isEqualTo("وان");
  }

  @Test
  void leavesOtherScriptsAlone() {
    assertThat(stemmer.stem("football")).isEqualTo("football");
  }
}
