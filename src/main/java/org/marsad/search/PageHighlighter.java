package org.marsad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Draws the snippets of a page of hits that another engine found (Solr), exactly as {@link
 * ArticleIndex} draws them: the page's titles and bodies go into a small index in memory, analyzed
 * by the same chain, and the same {@link ArticleHighlighter} marks them. A passage's score depends
 * on its own article only, so the snippets are those the embedded index shows. The query's filters
 * (source, entity, category, dates) are left out: the other engine has already applied them, and
 * they never mark text. Thread-safe.
 */
public final class PageHighlighter {

  private static final ArabicNewsAnalyzer ANALYZER = new ArabicNewsAnalyzer();

  private PageHighlighter() {}

  /** The title and body of one hit, as stored (null when absent). */
  public record Text(String title, String body) {}

  /** The marked title and body of one hit. */
  public record Snippets(Snippet title, Snippet body) {}

  /** The snippets of each hit of {@code page}, in its order. */
  public static List<Snippets> highlight(ParsedQuery parsed, List<Text> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
      Document[] docs = new Document[page.size()];
      int[] docIds = new int[page.size()];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = document(page.get(i));
        docIds[i] = i;
        writer.addDocument(docs[i]);
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        ArticleHighlighter.Snippets snippets =
            ArticleHighlighter.over(new IndexSearcher(reader), ANALYZER)
                .highlight(withoutFilters(parsed.query()), docIds, docs);
        List<Snippets> result = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
          result.add(new Snippets(snippets.title(i), snippets.body(i)));
        }
        return result;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot highlight a page of hits in memory", e);
    }
  }

  private static Document document(Text text) {
    Document doc = new Document();
    if (text.title() != null) {
      doc.add(new Field(ArticleFields.TITLE, text.title(), ArticleFields.TEXT_WITH_OFFSETS));
    }
    if (text.body() != null) {
      doc.add(new Field(ArticleFields.BODY, text.body(), ArticleFields.TEXT_WITH_OFFSETS));
    }
    return doc;
  }

  /** The query less its top-level filter clauses, which {@link SearchQueryParser} puts there. */
  private static Query withoutFilters(Query query) {
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    BooleanQuery.Builder kept = new BooleanQuery.Builder();
    for (BooleanClause clause : bool.clauses()) {
      if (clause.getOccur() != BooleanClause.Occur.FILTER) {
        kept.add(clause);
      }
    }
    return kept.build();
  }
}
