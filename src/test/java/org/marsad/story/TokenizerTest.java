package org.marsad.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
  private final Tokenizer tokenizer = new Tokenizer(10_000);

  @Test
  void wordsAreNormalizedAndLowercasedNeverStemmed() {
    List<Token> tokens = tokenizer.tokens("أعلنت الأمم المتّحدة، و UNESCO في 2025.");
    assertThat(tokens)
        .extracting(Token::term)
        .containsExactly("اعلنت", "الامم", "المتحده", "unesco", "في", "2025");
  }

  @Test
  void offsetsPointAtTheOriginalSpelling() {
    String text = "قالت «الأُمَم المتّحدة» اليوم";
    List<Token> tokens = tokenizer.tokens(text);
    Token umam = tokens.get(1);
    assertThat(umam.term()).isEqualTo("الامم");
    assertThat(text.substring(umam.originalStart(), tokens.get(2).originalEnd()))
        .isEqualTo("الأُمَم المتّحدة");
  }

  @Test
  void singleCharsAndPunctuationAreNotWords() {
    assertThat(tokenizer.tokens("و . ، ! ب 7")).isEmpty();
    assertThat(tokenizer.tokens("")).isEmpty();
    assertThat(tokenizer.tokens(null)).isEmpty();
  }

  @Test
  void readsOnlyTheFirstMaxChars() {
    String sentence = "انطلقت اليوم قمة الرياض للتعاون. ";
    String body = sentence.repeat(10_000);
    List<Token> tokens = new Tokenizer(1_000).tokens(body);
    assertThat(tokens).hasSizeLessThanOrEqualTo(1_000 / 3);
    assertThat(tokens.get(tokens.size() - 1).originalEnd()).isLessThanOrEqualTo(1_000);
  }
}
