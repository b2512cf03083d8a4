package org.marsad.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;

/**
 * A point-in-time searcher with what every search on it shares, built once when a commit or refresh
 * opens it ({@link SearcherManager} calls {@link #factory}) rather than per request: the facet
 * ordinal maps ({@link FacetCounter}) and the highlighter ({@link ArticleHighlighter}). The thread
 * that commits or refreshes pays for them, not the first requests after it. Thread-safe.
 */
final class CommitSearcher extends IndexSearcher {
  private final FacetCounter facets;
  private final ArticleHighlighter highlighter;

  private CommitSearcher(IndexReader reader, Analyzer indexAnalyzer) throws IOException {
    super(reader);
    this.facets = new FacetCounter(reader);
    this.highlighter = ArticleHighlighter.over(this, indexAnalyzer);
  }

  /** Makes a {@code CommitSearcher} for each reader the manager opens. */
  static SearcherFactory factory(Analyzer indexAnalyzer) {
    return new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader)
          throws IOException {
        return new CommitSearcher(reader, indexAnalyzer);
      }
    };
  }

  FacetCounter facets() {
    return facets;
  }

  ArticleHighlighter highlighter() {
    return highlighter;
  }
}
