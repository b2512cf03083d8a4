package org.marsad.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;

/**
 * The highlighter's offsets from the postings, matched with one {@link Weight} per highlighted
 * field and request instead of one per hit.
 *
 * <p>Lucene's own weight-matches path wraps each hit's segment in a new {@code FilterLeafReader}
 * (whose constructor registers with the segment under a lock every search thread shares), builds a
 * new {@code IndexSearcher} on it, and rewrites the query and creates its weight again, term
 * dictionary look-ups included: under 50 concurrent clients most request threads were found waiting
 * in {@code IndexReader.registerParentReader}. The wrapper exists only to let other fields stand
 * for the highlighted one; Marsad highlights each field by its own matches, so the weight is made
 * once on the searcher that found the hits and asked for each hit's {@link Matches} in its own
 * segment. Same matches, same highlights. A reader that is not one of the searcher's segments (not
 * expected) goes the original way.
 */
final class SharedWeightOffsets extends PostingsOffsetStrategy {
  private final IndexSearcher searcher;
  private Weight weight;

  /** One per field and highlight call: not shared between threads. */
  SharedWeightOffsets(UHComponents components, IndexSearcher searcher) {
    super(components);
    this.searcher = searcher;
  }

  @Override
  protected void createOffsetsEnumsWeightMatcher(
      LeafReader reader, int docId, List<OffsetsEnum> results) throws IOException {
    LeafReaderContext segment = segmentOf(reader);
    if (segment == null) {
      super.createOffsetsEnumsWeightMatcher(reader, docId, results);
      return;
    }
    Matches matches = weight().matches(segment, docId);
    if (matches == null) {
      return;
    }
    for (String field : matches) {
      if (components.getFieldMatcher().test(field)) {
        MatchesIterator iterator = matches.getMatches(field);
        if (iterator != null) {
          results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
        }
      }
    }
  }

  private Weight weight() throws IOException {
    if (weight == null) {
      weight =
          searcher
              .rewrite(components.getQuery())
              .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    return weight;
  }

  private LeafReaderContext segmentOf(LeafReader reader) {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      if (leaf.reader() == reader) {
        return leaf;
      }
    }
    return null;
  }
}
