package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

class ArabicNormalizationCharFilterTest {
  private static final String INTERESTING =
      "اأإآبتةىيیکۀؤئ\u0654\u064E\u0651\u0640\u200C\u200F\uFEFF \u00A0\n٠٩،؟«»\uFEFB\uFDF2\uFDFAa1.-";

  @Test
  void readsTheNormalizedText() throws IOException {
    try (ArabicNormalizationCharFilter filter =
        new ArabicNormalizationCharFilter(
            new StringReader("الإرهابَ ٢٠٢٥"), ArabicNormalizer.standard())) {
      char[] buffer = new char[4];
      StringBuilder sb = new StringBuilder();
      for (int n = filter.read(buffer, 0, buffer.length); n != -1; n = filter.read(buffer)) {
        sb.append(buffer, 0, n);
      }
      assertThat(sb).hasToString("الارهاب 2025");
      assertThat(filter.correctOffset(7)).isEqualTo(8);
      assertThat(filter.correctOffset(8)).isEqualTo(9);
    }
  }

  @Test
  void randomTextKeepsOffsetsValidForAnIndexWithOffsets() throws IOException {
    Random random = new Random(42L);
    FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    Analyzer unstemmed = ArabicNewsAnalyzer.unstemmed();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(dir, new IndexWriterConfig(new ArabicNewsAnalyzer()))) {
      for (int round = 0; round < 500; round++) {
        String text = randomText(random);
        Document doc = new Document();
        doc.add(new Field("body", text, withOffsets));
        writer.addDocument(doc); // IndexWriter rejects offsets that go backwards or out of order
        for (AnalyzerTokens token : AnalyzerTokens.of(unstemmed, text)) {
          assertThat(token.start()).isLessThan(token.end()).isNotNegative();
          assertThat(token.end()).isLessThanOrEqualTo(text.length());
          String surface = text.substring(token.start(), token.end());
          assertThat(
                  ArabicNormalizer.standard().normalize(surface).toLowerCase(java.util.Locale.ROOT))
              .as("surface %s of token %s", surface, token.term())
              .contains(token.term());
        }
      }
    }
  }

  @Test
  void everyTokenOfANewsParagraphMapsToItsSurfaceWord() throws IOException {
    String text = "أكّد وزيرُ الخارجيّة، الثلاثاء ١١ فبراير ٢٠٢٥، أنّ «المفاوضات» مستمرّة\u200F.";
    List<String> surfaces = AnalyzerTokens.surfaces(ArabicNewsAnalyzer.unstemmed(), text);
    assertThat(surfaces)
        .containsExactly(
            "أكّد",
            "وزيرُ",
            "الخارجيّة",
            "الثلاثاء",
            "١١",
            "فبراير",
            "٢٠٢٥",
            "أنّ",
            "المفاوضات",
            "مستمرّة");
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      sb.append(
          random.nextInt(4) == 0
              ? (char) random.nextInt(Character.MAX_VALUE + 1)
              : INTERESTING.charAt(random.nextInt(INTERESTING.length())));
    }
    return sb.toString();
  }
}
