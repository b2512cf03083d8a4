package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ArabicNewsAnalyzerTest {
  private final Analyzer index = new ArabicNewsAnalyzer();
  private final Analyzer query = ArabicNewsAnalyzer.forQueries();

  /** The ids of the documents of {@code bodies} that {@code q} finds. */
  private List<String> search(String q, String... bodies) throws IOException, ParseException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(index))) {
        for (int i = 0; i < bodies.length; i++) {
          Document doc = new Document();
          doc.add(new StringField("id", "d" + i, Field.Store.YES));
          doc.add(new TextField("body", bodies[i], Field.Store.NO));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit :
            searcher.search(new QueryParser("body", query).parse(q), 10).scoreDocs) {
          ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        ids.sort(null);
        return ids;
      }
    }
  }

  @Test
  void queryWithoutHamzaFindsTheWordWithHamzaAndClitics() throws Exception {
    assertThat(
            search(
                "الارهاب",
                "مكافحة الإرهاب في المنطقة",
                "التطرف والإرهاب خطر",
                "لا مكان للإرهاب هنا",
                "بالإرهابَ المتصاعد",
                "الاقتصاد ينمو"))
        .containsExactly("d0", "d1", "d2", "d3");
  }

  @Test
  void persianYehQueryFindsArabicYeh() throws Exception {
    assertThat(search("الإسلامی", "التعاون الإسلامي يجتمع", "مؤتمر الاقتصاد"))
        .containsExactly("d0");
  }

  @Test
  void arabicIndicDigitsMatchAsciiDigits() throws Exception {
    assertThat(search("٢٠٢٥", "موازنة عام 2025 أقرت", "موازنة عام 2024")).containsExactly("d0");
    assertThat(search("2025", "في ٢٠٢٥ وما بعدها", "في ۲۰۲۵ أيضا", "قبل ٢٠٢٤"))
        .containsExactly("d0", "d1");
  }

  @Test
  void tatweelHarakatAndLigaturesDoNotHideAWord() throws Exception {
    assertThat(
            search(
                "الارهاب",
                "الإرهـــاب",
                "الإِرْهَاب",
                "\uFEDF\uFEE0\uFE8D\uFEAD\uFEEB\uFE8E\uFE8F"))
        .containsExactly("d0", "d1", "d2");
  }

  @Test
  void phraseQueryMatchesAcrossNormalizedText() throws Exception {
    assertThat(search("\"وزارة الخارجية\"", "بيان وزارة الخارجيّة اليوم", "الخارجية ووزارة"))
        .containsExactly("d0");
  }

  @Test
  void queryTermsOfANewsSentence() throws Exception {
    assertThat(AnalyzerTokens.terms(query, "وقال الوزير في بيانه إن المفاوضات مستمرة"))
        .containsExactly("وقال", "وزير", "بيان", "مفاوض", "مستمر");
  }

  @Test
  void indexKeepsBothReadingsOfALeadingWawAtOnePosition() throws Exception {
    List<AnalyzerTokens> tokens = AnalyzerTokens.of(index, "وقال الوزير");
    assertThat(tokens.stream().map(AnalyzerTokens::term))
        .containsExactly("وقال", "قال", "وزير", "زير");
    assertThat(tokens.get(1).start()).isEqualTo(tokens.get(0).start());
    assertThat(tokens.get(1).end()).isEqualTo(tokens.get(0).end());
  }

  @Test
  void leadingWawQueriesMeetEveryFormOfTheWord() throws Exception {
    assertThat(search("وزير", "قال وزير", "قال الوزير", "الرئيس ووزير الخارجية", "والوزير", "زير"))
        .containsExactly("d0", "d1", "d2", "d3");
    assertThat(search("مصر", "ومصر والأردن", "في مصر", "بمصر")).containsExactly("d0", "d1");
    assertThat(search("\"الوزير قال\"", "الوزير وقال", "الوزير ثم قال")).containsExactly("d0");
  }

  @Test
  void stopWordsAreRemovedButTheNameAliStaysSearchable() throws Exception {
    // على normalizes to علي (the name Ali), so it is not a stop word; both stem to عل
    assertThat(AnalyzerTokens.terms(index, "من على المنصة قال علي إن"))
        .containsExactly("عل", "منص", "قال", "عل");
    assertThat(search("علي", "قال علي", "قال محمد")).containsExactly("d0");
  }

  @Test
  void mixedLatinArabicAndDigitsTokenize() throws Exception {
    assertThat(
            AnalyzerTokens.terms(
                ArabicNewsAnalyzer.unstemmed(), "لقاح Pfizer-BioNTech ضد كوفيد19 عام ٢٠٢١"))
        .containsExactly("لقاح", "pfizer", "biontech", "ضد", "كوفيد19", "عام", "2021");
  }

  @Test
  void tokenOffsetsPointToTheOriginalSurfaceWords() throws Exception {
    String text = "\u200Fقالَ الوزيرُ «إنّ الإرهابَ» والإرهـــاب، و\uFEFB ٢٠٢٥\u200F؟ الإسلامی";
    assertThat(AnalyzerTokens.surfaces(ArabicNewsAnalyzer.unstemmed(), text))
        .containsExactly(
            "قالَ", "الوزيرُ", "إنّ", "الإرهابَ", "والإرهـــاب", "و\uFEFB", "٢٠٢٥", "الإسلامی");
    // the stemmed chain drops the stop words إن and ولا (written و + the lam-alef ligature)
    assertThat(AnalyzerTokens.surfaces(query, text))
        .containsExactly("قالَ", "الوزيرُ", "الإرهابَ", "والإرهـــاب", "٢٠٢٥", "الإسلامی");
  }

  @Test
  void keyTokensAreNormalizedButNotStemmed() {
    assertThat(ArabicNewsAnalyzer.keyTokens("وزارةُ الخارجيّة في «القاهرة»"))
        .containsExactly("وزاره", "الخارجيه", "في", "القاهره");
  }

  @Test
  void stopWordsAreNormalized() {
    assertThat(ArabicNewsAnalyzer.STOP_WORDS.contains("الي")).isTrue();
    assertThat(ArabicNewsAnalyzer.STOP_WORDS.contains("إلى")).isFalse();
    assertThat(ArabicNewsAnalyzer.STOP_WORDS.contains("علي")).isFalse();
  }
}
