package org.marsad.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Draws {@link Snippet}s for hits on the stored original title and body, using the offsets the
 * analyzer recorded in the postings (so the marked ranges are the source's own characters). Titles
 * are shown whole; bodies as up to {@value #BODY_PASSAGES} passages of about {@value
 * #PASSAGE_CHARS} chars, or the opening when nothing in the body matched.
 *
 * <p>Made once per searcher (per commit, see {@link CommitSearcher}) and shared by the threads
 * searching it; matches come from one weight per request ({@link SharedWeightOffsets}), never from
 * readers or searchers made per hit.
 */
final class ArticleHighlighter extends UnifiedHighlighter {

  static final int BODY_PASSAGES = 2;
  static final int PASSAGE_CHARS = 160;

  /** Matches further into a body than this are not looked for (long bodies cost time). */
  static final int MAX_CHARS_ANALYZED = 100_000;

  private static final float FRAGMENT_ALIGNMENT = 0.5f;
  private static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};
  private static final SnippetFormatter FORMATTER = new SnippetFormatter();

  /**
   * The hits of the {@link #highlight} call running on this thread, for {@link #loadFieldValues}
   * (the highlighter is shared by all threads searching this commit; the values are per request).
   */
  private final ThreadLocal<Map<Integer, Document>> loaded = new ThreadLocal<>();

  private ArticleHighlighter(Builder builder) {
    super(builder);
  }

  /** The highlighter of the hits {@code searcher} finds. */
  static ArticleHighlighter over(IndexSearcher searcher, Analyzer indexAnalyzer) {
    return new ArticleHighlighter(
        builder(searcher, indexAnalyzer)
            .withFormatter(FORMATTER)
            .withScorer(new PassageTermScorer())
            .withMaxLength(MAX_CHARS_ANALYZED)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreakIterator(), PASSAGE_CHARS, FRAGMENT_ALIGNMENT)));
  }

  /**
   * The title and body snippets of each doc, in the order of {@code docIds}, drawn on {@code docs}:
   * the same hits' stored fields, which the caller has read anyway to show them. Reading them here
   * a second time would decompress every hit's stored-field block twice (under load that was over a
   * quarter of the search API's CPU).
   *
   * @param docs for each of {@code docIds}, a document holding at least its title and body
   */
  Snippets highlight(Query query, int[] docIds, Document[] docs) throws IOException {
    Map<Integer, Document> byDocId = new HashMap<>(docIds.length * 2);
    for (int i = 0; i < docIds.length; i++) {
      byDocId.put(docIds[i], docs[i]);
    }
    loaded.set(byDocId);
    try {
      Map<String, Object[]> byField =
          highlightFieldsAsObjects(FIELDS, query, docIds, new int[] {1, BODY_PASSAGES});
      return new Snippets(byField.get(ArticleFields.TITLE), byField.get(ArticleFields.BODY));
    } finally {
      loaded.remove();
    }
  }

  /**
   * The field values of the docs {@link #highlight} was given, cut at the highlighter's maximum
   * length as the stored-field loader it replaces would cut them; all in one batch (a page of hits
   * is already in memory).
   */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    Map<Integer, Document> docs = loaded.get();
    if (docs == null) {
      return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = docIter.nextDoc()) {
      Document document = docs.get(doc);
      CharSequence[] byField = new CharSequence[fields.length];
      for (int f = 0; f < fields.length; f++) {
        String value = document == null ? null : document.get(fields[f]);
        byField[f] =
            value == null ? null : value.substring(0, Math.min(getMaxLength(), value.length()));
      }
      values.add(byField);
    }
    return values;
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(
      OffsetSource offsetSource, UHComponents components) {
    return offsetSource == OffsetSource.POSTINGS
            && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)
        ? new SharedWeightOffsets(components, getIndexSearcher())
        : super.getOffsetStrategy(offsetSource, components);
  }

  @Override
  protected BreakIterator getBreakIterator(String field) {
    return ArticleFields.TITLE.equals(field)
        ? new WholeBreakIterator()
        : super.getBreakIterator(field);
  }

  /** Snippets per doc; a doc without the field gets {@link Snippet#EMPTY}. */
  record Snippets(Object[] titles, Object[] bodies) {
    Snippet title(int i) {
      return titles[i] instanceof Snippet s ? s : Snippet.EMPTY;
    }

    Snippet body(int i) {
      return bodies[i] instanceof Snippet s ? s : Snippet.EMPTY;
    }
  }
}
