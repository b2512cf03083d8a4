package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.junit.jupiter.api.Test;

class TableLowerCaseFilterTest {
  private final Analyzer table = keywordsThrough(TableLowerCaseFilter::new);
  private final Analyzer lucene = keywordsThrough(LowerCaseFilter::new);

  @Test
  void lowercasesLikeLuceneOnMixedScriptText() throws IOException {
    assertThat(AnalyzerTokens.terms(table, "وزير الخارجية Blinken İSTANBUL ΣΊΣΥΦΟΣ 𐐀𐐁 ٢٠٢٥"))
        .containsExactly("وزير الخارجية blinken istanbul σίσυφοσ 𐐨𐐩 ٢٠٢٥");
  }

  @Test
  void everyBmpCharLowercasesLikeLucene() throws IOException {
    StringBuilder all = new StringBuilder();
    for (int c = 1; c <= Character.MAX_VALUE; c++) {
      if (!Character.isSurrogate((char) c)) {
        all.append((char) c);
      }
    }
    assertThat(AnalyzerTokens.terms(table, all.toString()))
        .isEqualTo(AnalyzerTokens.terms(lucene, all.toString()));
  }

  @Test
  void randomTextWithSurrogatesLowercasesLikeLucene() throws IOException {
    Random random = new Random(5L);
    String pool = "AbCİΣسلام\uD801\uDC00\uD801\uDC28\uD83D\uDE00\uD800\uDC00";
    for (int round = 0; round < 2000; round++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        sb.append(
            random.nextBoolean()
                ? pool.charAt(random.nextInt(pool.length()))
                : (char) (1 + random.nextInt(Character.MAX_VALUE)));
      }
      String s = sb.toString();
      assertThat(AnalyzerTokens.terms(table, s)).as(s).isEqualTo(AnalyzerTokens.terms(lucene, s));
    }
  }

  private static Analyzer keywordsThrough(Function<TokenStream, TokenStream> filter) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new KeywordTokenizer(Character.MAX_VALUE * 2);
        return new TokenStreamComponents(source, filter.apply(source));
      }
    };
  }
}
