package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class LengthBoundStopFilterTest {
  private static final int LONGEST =
      LengthBoundStopFilter.longestWord(ArabicNewsAnalyzer.STOP_WORDS);

  private final Analyzer bounded =
      whitespaceThrough(t -> new LengthBoundStopFilter(t, ArabicNewsAnalyzer.STOP_WORDS, LONGEST));
  private final Analyzer lucene =
      whitespaceThrough(t -> new StopFilter(t, ArabicNewsAnalyzer.STOP_WORDS));

  @Test
  void longestWordIsTheLengthOfTheLongestStopWord() {
    assertThat(LONGEST).isEqualTo(5);
    assertThat(ArabicNewsAnalyzer.STOP_WORDS.contains("عندما")).isTrue();
  }

  @Test
  void removesStopWordsOfEveryLengthAndKeepsLongerWords() throws IOException {
    assertThat(AnalyzerTokens.terms(bounded, "قال في عندما عندماا وزير الخارجية من"))
        .containsExactly("قال", "عندماا", "وزير", "الخارجية");
  }

  @Test
  void keepsAndRemovesTheSameTokensAsLucenesStopFilter() throws IOException {
    List<String> stopWords = new ArrayList<>();
    for (Object word : ArabicNewsAnalyzer.STOP_WORDS) {
      stopWords.add(new String((char[]) word));
    }
    Random random = new Random(3L);
    String letters = "ابتثجحخدذرسشصضطظعغفقكلمنهوي";
    for (int round = 0; round < 500; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < 30; i++) {
        String word = stopWords.get(random.nextInt(stopWords.size()));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
          word += letters.charAt(random.nextInt(letters.length()));
        }
        text.append(word).append(' ');
      }
      String s = text.toString();
      assertThat(AnalyzerTokens.terms(bounded, s)).as(s).isEqualTo(AnalyzerTokens.terms(lucene, s));
    }
  }

  private static Analyzer whitespaceThrough(Function<TokenStream, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, filter.apply(source));
      }
    };
  }
}
