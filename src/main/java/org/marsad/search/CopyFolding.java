package org.marsad.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Folds copies in a ranked list: of the articles of one duplicate group (the same wire story in
 * several outlets) only the best-ranked stays, and it names the other sources that carry the story.
 * Done on the ranked hits rather than with Lucene's grouping collectors because a page of search
 * needs only the first few groups, and a group's other sources come from one exact point query. Its
 * limits are public for the other backends, which fold the same way.
 */
public final class CopyFolding {
  /** At most this many other sources are named on a hit. */
  public static final int MAX_NAMED_SOURCES = 20;

  /** Folding copies fetches this many times the hits wanted, and again as many when short. */
  public static final int FETCH_FACTOR = 4;

  /** The most ranked hits folding examines: a page deep in a query of copies may come up short. */
  public static final int MAX_FETCH = 50_000;

  private CopyFolding() {}

  /** The hits of {@code ranked} whose group no better-ranked hit has, in order. */
  static ScoreDoc[] firstOfEachGroup(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
    long[] keys = copiesKeys(searcher, ranked);
    Set<Long> seen = new HashSet<>();
    List<ScoreDoc> kept = new ArrayList<>();
    for (int i = 0; i < ranked.length; i++) {
      if (seen.add(keys[i])) {
        kept.add(ranked[i]);
      }
    }
    return kept.toArray(ScoreDoc[]::new);
  }

  /** The copies key of each hit (doc values are read in doc id order, as Lucene requires). */
  static long[] copiesKeys(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
    Integer[] byDoc = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      byDoc[i] = i;
    }
    Arrays.sort(byDoc, Comparator.comparingInt(i -> hits[i].doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long[] keys = new long[hits.length];
    NumericDocValues values = null;
    int leafIndex = -1;
    for (int i : byDoc) {
      int leaf = ReaderUtil.subIndex(hits[i].doc, leaves);
      if (leaf != leafIndex) {
        leafIndex = leaf;
        values = DocValues.getNumeric(leaves.get(leaf).reader(), ArticleFields.COPIES_KEY);
      }
      int doc = hits[i].doc - leaves.get(leaf).docBase;
      // Documents indexed before copies were keyed have none: each is its own group.
      keys[i] = values.advanceExact(doc) ? values.longValue() : Long.MIN_VALUE + hits[i].doc;
    }
    return keys;
  }

  /**
   * The names of the sources other than {@code ownSource} that carry an article of the group {@code
   * key}; empty for an ungrouped article (a negative key).
   */
  static List<String> otherSources(IndexSearcher searcher, long key, String ownSource)
      throws IOException {
    if (key <= 0) {
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    searcher.search(
        LongPoint.newExactQuery(ArticleFields.COPIES_KEY, key),
        new SimpleCollector() {
          private SortedDocValues sources;

          @Override
          protected void doSetNextReader(LeafReaderContext context) throws IOException {
            sources = DocValues.getSorted(context.reader(), ArticleFields.SOURCE);
          }

          @Override
          public void collect(int doc) throws IOException {
            if (sources.advanceExact(doc)) {
              names.add(sources.lookupOrd(sources.ordValue()).utf8ToString());
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    if (ownSource != null) {
      names.remove(ownSource);
    }
    return names.stream().sorted().limit(MAX_NAMED_SOURCES).toList();
  }
}
