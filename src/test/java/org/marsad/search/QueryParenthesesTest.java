package org.marsad.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.marsad.search.QueryToken.Kind;

/** Parentheses group words, phrases and OR; unbalanced ones are balanced with a clear note. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryParenthesesTest {

  private final SearchQueryParser parser = new SearchQueryParser(ArabicNewsAnalyzer.forQueries());
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private DirectoryReader reader;

  @BeforeAll
  void index() throws IOException {
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new ArabicNewsAnalyzer()))) {
      add(w, "gaza-truce", "مفاوضات الهدنة في غزة", "الوسطاء يبحثون تمديد الهدنة في قطاع غزة");
      add(w, "rafah-truce", "هدنة في رفح", "سريان الهدنة في مدينة رفح منذ الصباح");
      add(w, "gaza-aid", "قوافل المساعدات إلى غزة", "دخول شاحنات المساعدات إلى قطاع غزة");
      add(w, "beirut-truce", "هدنة في بيروت", "اتفاق على الهدنة في بيروت بعد أيام من القتال");
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  void close() throws IOException {
    reader.close();
    dir.close();
  }

  private static void add(IndexWriter w, String id, String title, String body) throws IOException {
    Document d = new Document();
    d.add(new StringField(ArticleFields.ID, id, Field.Store.YES));
    d.add(new TextField(ArticleFields.TITLE, title, Field.Store.NO));
    d.add(new TextField(ArticleFields.BODY, body, Field.Store.NO));
    w.addDocument(d);
  }

  private List<String> search(String query) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<String> ids = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(parser.parse(query).query(), 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get(ArticleFields.ID));
    }
    return ids;
  }

  @Test
  void orInsideAGroupJoinsOnlyTheGroup() throws IOException {
    assertThat(search("(غزة OR رفح) الهدنة"))
        .containsExactlyInAnyOrder("gaza-truce", "rafah-truce");
    assertThat(parser.parse("(غزة OR رفح) الهدنة").problems()).isEmpty();
  }

  @Test
  void aGroupIsOneSideOfAnOr() throws IOException {
    assertThat(search("بيروت OR (غزة المساعدات)"))
        .containsExactlyInAnyOrder("beirut-truce", "gaza-aid");
  }

  @Test
  void anExcludedGroupRemovesWhatMatchesAllOfIt() throws IOException {
    assertThat(search("الهدنة -(غزة الوسطاء)"))
        .containsExactlyInAnyOrder("rafah-truce", "beirut-truce");
  }

  @Test
  void anUnclosedParenthesisIsClosedAtTheEndAndSaysWhere() throws IOException {
    ParsedQuery parsed = parser.parse("الهدنة (غزة OR رفح");
    assertThat(search("الهدنة (غزة OR رفح")).containsExactlyInAnyOrder("gaza-truce", "rafah-truce");
    assertThat(parsed.problems())
        .containsExactly(
            "unbalanced parentheses: 1 '(' not closed (first at character 8), closed at the end");
  }

  @Test
  void aStrayClosingParenthesisIsIgnoredAndSaysWhere() throws IOException {
    assertThat(search("غزة) الهدنة")).containsExactly("gaza-truce");
    assertThat(parser.parse("غزة) الهدنة").problems())
        .containsExactly("unbalanced parentheses: ')' at character 4 closes nothing, ignored");
  }

  @Test
  void emptyParenthesesAreIgnoredWithANote() {
    assertThat(parser.parse("غزة ()").problems()).containsExactly("empty parentheses ignored");
  }

  @Test
  void tokenizerEmitsBalancedParenthesesAndBoundsTheirDepth() {
    List<String> problems = new ArrayList<>();
    List<QueryToken> tokens = QueryTokenizer.tokenize("((((((((((غزة))))))))))", problems);
    long opens = tokens.stream().filter(t -> t.kind() == Kind.OPEN).count();
    long closes = tokens.stream().filter(t -> t.kind() == Kind.CLOSE).count();
    assertThat(opens).isEqualTo(QueryTokenizer.MAX_DEPTH).isEqualTo(closes);
    assertThat(problems)
        .containsExactly(
            "parentheses nested deeper than "
                + QueryTokenizer.MAX_DEPTH
                + ": the inner ones ignored",
            "parentheses nested deeper than "
                + QueryTokenizer.MAX_DEPTH
                + ": the inner ones ignored");
  }
}
