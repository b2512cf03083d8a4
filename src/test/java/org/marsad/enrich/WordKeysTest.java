package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class WordKeysTest {
  private static String key(String word) {
    return WordKeys.key(ArabicNormalizer.standard().normalize(word));
  }

  @Test
  void theArticleAndWhatPrecedesItGo() {
    assertThat(key("الأمن")).isEqualTo("امن");
    assertThat(key("والأمن")).isEqualTo("امن");
    assertThat(key("بالأمن")).isEqualTo("امن");
    assertThat(key("وبالأمن")).isEqualTo("امن");
    assertThat(key("للأمم")).isEqualTo("امم");
    assertThat(key("أمن")).isEqualTo("امن");
  }

  @Test
  void shortWordsKeepWhatLooksLikeAnArticle() {
    assertThat(key("إلى")).isEqualTo("الي");
    assertThat(key("الا")).isEqualTo("الا");
  }

  @Test
  void theOtherReadingDropsOneProcliticButNotKaf() {
    assertThat(WordKeys.withoutProclitic("وسوريا")).isEqualTo("سوريا");
    assertThat(WordKeys.withoutProclitic("لبنان")).isEqualTo("بنان");
    assertThat(WordKeys.withoutProclitic("كمال")).isNull();
    assertThat(WordKeys.withoutProclitic("وزر")).isNull();
  }

  @Test
  void phraseHashesDependOnOrder() {
    long a = WordKeys.hash("مجلس");
    long b = WordKeys.hash("امن");
    assertThat(WordKeys.combine(a, b)).isNotEqualTo(WordKeys.combine(b, a));
    assertThat(WordKeys.phrase(new long[] {a, b}, 0, 2)).isEqualTo(WordKeys.combine(a, b));
  }
}
