package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.ArticleAnalysis;

/** The SQL of {@link ArticleAnalysis} rows: one per article the stages have seen. */
final class AnalysisSql {
  /** Ids per look-up statement: well under SQLite's limit on bound parameters. */
  private static final int IDS_PER_QUERY = 500;

  private AnalysisSql() {}

  static void put(SqlSession session, List<AnalyzedArticle> analyzed) throws SQLException {
    PreparedStatement upsert =
        session.prepare(
            "INSERT INTO article_analysis (article_id, duplicate_group, story) VALUES (?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET duplicate_group = excluded.duplicate_group,"
                + " story = excluded.story");
    for (AnalyzedArticle a : analyzed) {
      upsert.setLong(1, a.id());
      upsert.setLong(2, a.analysis().duplicateGroup());
      upsert.setLong(3, a.analysis().story());
      upsert.executeUpdate();
    }
  }

  static Map<Long, ArticleAnalysis> byIds(SqlSession session, Collection<Long> ids)
      throws SQLException {
    Map<Long, ArticleAnalysis> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      PreparedStatement select =
          session.prepare(
              "SELECT article_id, duplicate_group, story FROM article_analysis WHERE article_id IN ("
                  + "?,".repeat(chunk.size() - 1)
                  + "?)");
      for (int i = 0; i < chunk.size(); i++) {
        select.setLong(i + 1, chunk.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getLong(1), new ArticleAnalysis(rows.getLong(2), rows.getLong(3)));
        }
      }
    }
    return found;
  }
}
