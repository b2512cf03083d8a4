package org.marsad.bench;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.marsad.model.Article;

/**
 * The baseline search engine: a plain Lucene index of the same articles with Lucene's stock {@link
 * ArabicAnalyzer} for indexing and queries. Fields: id, url, title and body (stored, analyzed);
 * without Marsad's offsets in the postings, source and day facets and highlighting. A query is read
 * like Marsad reads plain words: every word must match, in the title (boosted 2x) or the body; a
 * search collects the top 10 by relevance with an exact count of matches and loads their stored
 * fields.
 */
final class StockLuceneIndex implements Closeable {
  private static final int TOP = 10;
  private static final float TITLE_BOOST = 2f;

  /** Builds the index; closing it commits and waits for merges. */
  static final class Writer implements Closeable {
    private final IndexWriter writer;

    private Writer(IndexWriter writer) {
      this.writer = writer;
    }

    void add(Article article) {
      Document doc = new Document();
      doc.add(new StringField("id", Long.toString(article.id()), Field.Store.YES));
      doc.add(new StoredField("url", article.url()));
      doc.add(new TextField("title", article.title(), Field.Store.YES));
      doc.add(new TextField("body", article.body(), Field.Store.YES));
      try {
        writer.addDocument(doc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() throws IOException {
      Directory directory = writer.getDirectory();
      try (directory;
          Analyzer analyzer = writer.getAnalyzer()) {
        writer.close();
      }
    }
  }

  private final Analyzer analyzer = new ArabicAnalyzer();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private StockLuceneIndex(DirectoryReader reader) {
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** A new index in {@code dir}, to fill and close. */
  static Writer create(Path dir) throws IOException {
    return new Writer(
        new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new ArabicAnalyzer())));
  }

  /** The index {@link #create} built in {@code dir}, for searching. */
  static StockLuceneIndex openReadOnly(Path dir) throws IOException {
    return new StockLuceneIndex(DirectoryReader.open(FSDirectory.open(dir)));
  }

  /** Runs a query of plain words; returns how many articles match. */
  long search(String words) {
    try {
      TopDocs top =
          searcher.search(parse(words), new TopScoreDocCollectorManager(TOP, Integer.MAX_VALUE));
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc hit : top.scoreDocs) {
        stored.document(hit.doc);
      }
      return top.totalHits.value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Query parse(String words) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words.split("\\s+")) {
      Query title = builder.createBooleanQuery("title", word, Occur.MUST);
      Query body = builder.createBooleanQuery("body", word, Occur.MUST);
      if (title != null && body != null) {
        all.add(
            new BooleanQuery.Builder()
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .add(body, Occur.SHOULD)
                .build(),
            Occur.MUST);
      }
    }
    return all.build();
  }

  @Override
  public void close() throws IOException {
    Directory directory = reader.directory();
    try (directory;
        analyzer) {
      reader.close();
    }
  }
}
