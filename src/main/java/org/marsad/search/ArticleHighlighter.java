package org.marsad.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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

  private ArticleHighlighter(Builder builder) {
    super(builder);
  }

  /** The highlighter of the hits {@code searcher} finds. */
  static ArticleHighlighter over(IndexSearcher searcher, Analyzer indexAnalyzer) {
    return new ArticleHighlighter(
        builder(searcher, indexAnalyzer)
            .withFormatter(FORMATTER)
            .withMaxLength(MAX_CHARS_ANALYZED)
            .withBreakIterator(
                () ->
                    LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreakIterator(), PASSAGE_CHARS, FRAGMENT_ALIGNMENT)));
  }

  /** The title and body snippets of each doc, in the order of {@code docIds}. */
  Snippets highlight(Query query, int[] docIds) throws IOException {
    Map<String, Object[]> byField =
        highlightFieldsAsObjects(FIELDS, query, docIds, new int[] {1, BODY_PASSAGES});
    return new Snippets(byField.get(ArticleFields.TITLE), byField.get(ArticleFields.BODY));
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
