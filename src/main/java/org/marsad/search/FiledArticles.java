package org.marsad.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * The articles filed under duplicate keys ({@link SearchIndex#filedUnder}) in the embedded index:
 * each key a constant-score clause, so an article's score is the number of keys it shares.
 */
final class FiledArticles {
  private static final Set<String> ID_ONLY = Set.of(ArticleFields.ID);

  private FiledArticles() {}

  static List<Long> find(
      IndexSearcher searcher, Collection<String> keys, Instant from, Instant to, int limit)
      throws IOException {
    List<Long> ids = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query(keys, from, to), limit).scoreDocs) {
      ids.add(Long.parseLong(stored.document(hit.doc, ID_ONLY).get(ArticleFields.ID)));
    }
    return ids;
  }

  private static Query query(Collection<String> keys, Instant from, Instant to) {
    BooleanQuery.Builder anyKey = new BooleanQuery.Builder();
    for (String key : new LinkedHashSet<>(keys)) {
      anyKey.add(
          new ConstantScoreQuery(new TermQuery(new Term(ArticleFields.DUPLICATE_KEY, key))),
          BooleanClause.Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(anyKey.build(), BooleanClause.Occur.MUST)
        .add(
            LongPoint.newRangeQuery(
                ArticleFields.PUBLISHED, from.toEpochMilli(), to.toEpochMilli()),
            BooleanClause.Occur.FILTER)
        .build();
  }
}
