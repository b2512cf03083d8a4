package org.marsad.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerTokenizerTest {
  private final NerTokenizer tokenizer = new NerTokenizer();

  private static List<String> texts(List<NerToken> tokens) {
    return tokens.stream().map(NerToken::text).toList();
  }

  @Test
  void splitsPunctuationFromWordsAsAnercorpDoes() {
    List<NerToken> tokens = tokenizer.tokenize("زار (القاهرة)، و27 وفداً: \"UN-backed\" 3.5");
    assertThat(texts(tokens))
        .containsExactly(
            "زار", "(", "القاهرة", ")", "،", "و27", "وفداً", ":", "\"", "UN", "-", "backed", "\"",
            "3", ".", "5");
  }

  @Test
  void everyTokenIsItsOriginalRangeWithDiacriticsTatweelAndLatin() {
    String text = "قال مُحَمَّد  القـــاهرة\u200Fبـ«Reuters» ، إيمانويل\u0640ماكرون\n\nParis 2026م";
    List<NerToken> tokens = tokenizer.tokenize(text);
    for (NerToken t : tokens) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
    assertThat(texts(tokens))
        .containsExactly(
            "قال",
            "مُحَمَّد",
            "القـــاهرة",
            "بـ",
            "«",
            "Reuters",
            "»",
            "،",
            "إيمانويل\u0640ماكرون",
            "Paris",
            "2026م");
  }

  @Test
  void sentencesEndAtFullStopsQuestionMarksAndLineBreaks() {
    List<List<NerToken>> sentences = tokenizer.sentences("وصل الوفد. هل يعود؟ نعم\nسطر آخر");
    assertThat(sentences.stream().map(NerTokenizerTest::texts))
        .containsExactly(
            List.of("وصل", "الوفد", "."),
            List.of("هل", "يعود", "؟"),
            List.of("نعم"),
            List.of("سطر", "آخر"));
  }

  @Test
  void aParagraphWithoutPunctuationIsCutIntoBoundedSentences() {
    String text = "كلمة ".repeat(1000);
    List<List<NerToken>> sentences = tokenizer.sentences(text);
    assertThat(sentences).allSatisfy(s -> assertThat(s).hasSizeLessThanOrEqualTo(120));
    assertThat(sentences.stream().mapToInt(List::size).sum()).isEqualTo(1000);
  }

  @Test
  void nothingToTokenizeGivesNoTokens() {
    assertThat(tokenizer.tokenize(null)).isEmpty();
    assertThat(tokenizer.tokenize(" \n\t\u200F ")).isEmpty();
    assertThat(tokenizer.sentences("")).isEmpty();
  }
}
