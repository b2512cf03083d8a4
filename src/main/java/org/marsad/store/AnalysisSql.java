package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.model.AnalyzedArticle;
import org.marsad.model.ArticleAnalysis;
import org.marsad.model.ArticleEntity;
import org.marsad.model.Category;
import org.marsad.model.Enrichment;

/**
 * The SQL of {@link ArticleAnalysis} rows: one per article the stages have seen, with its
 * enrichment; the entities it names are shared rows of {@link EntitySql}.
 */
final class AnalysisSql {
  /** Ids per look-up statement: well under SQLite's limit on bound parameters. */
  private static final int IDS_PER_QUERY = 500;

  private AnalysisSql() {}

  /**
   * Records each article's conclusions. Its entities are resolved and counted again only when they
   * differ from those recorded: stages re-put unchanged enrichment often (a story revised), and
   * replacing is what keeps a changed article from being counted twice.
   */
  static void put(SqlSession session, List<AnalyzedArticle> analyzed, EntityCache.Pending known)
      throws SQLException {
    PreparedStatement upsert =
        session.prepare(
            "INSERT INTO article_analysis (article_id, duplicate_group, story, keywords, tags,"
                + " generic_page_tags, category, category_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (article_id) DO UPDATE SET duplicate_group = excluded.duplicate_group,"
                + " story = excluded.story, keywords = excluded.keywords, tags = excluded.tags,"
                + " generic_page_tags = excluded.generic_page_tags, category = excluded.category,"
                + " category_score = excluded.category_score");
    EntityWrites entityWrites = new EntityWrites(session, known);
    for (AnalyzedArticle a : analyzed) {
      Enrichment enrichment = a.analysis().enrichment();
      upsert.setLong(1, a.id());
      upsert.setLong(2, a.analysis().duplicateGroup());
      upsert.setLong(3, a.analysis().story());
      upsert.setString(4, EnrichmentJson.strings(enrichment.keywords()));
      upsert.setString(5, EnrichmentJson.strings(enrichment.tags()));
      upsert.setString(6, EnrichmentJson.strings(enrichment.genericPageTags()));
      Category category = enrichment.category();
      if (category == null) {
        upsert.setNull(7, Types.VARCHAR);
        upsert.setNull(8, Types.REAL);
      } else {
        upsert.setString(7, category.label());
        upsert.setDouble(8, category.score());
      }
      upsert.executeUpdate();
      putEntities(session, entityWrites, a.id(), enrichment.entities());
    }
    entityWrites.finish();
  }

  private static void putEntities(
      SqlSession session, EntityWrites writes, long articleId, List<ArticleEntity> entities)
      throws SQLException {
    String json = EnrichmentJson.entities(entities);
    PreparedStatement stored =
        session.prepare("SELECT entities FROM article_analysis WHERE article_id = ?");
    stored.setLong(1, articleId);
    try (ResultSet rows = stored.executeQuery()) {
      if (rows.next() && json.equals(rows.getString(1))) {
        return;
      }
    }
    List<Long> ids = writes.replaceMentions(articleId, entities);
    PreparedStatement update =
        session.prepare(
            "UPDATE article_analysis SET entities = ?, entity_ids = ? WHERE article_id = ?");
    update.setString(1, json);
    update.setString(2, EnrichmentJson.longs(ids));
    update.setLong(3, articleId);
    update.executeUpdate();
  }

  /**
   * The recorded conclusions, with each entity's stored id and the stored entity's canonical name
   * (shared by every article that names it; the spellings and mentions stay the article's own).
   */
  static Map<Long, ArticleAnalysis> byIds(SqlSession session, Collection<Long> ids)
      throws SQLException {
    Map<Long, ArticleAnalysis> found = new HashMap<>();
    List<Long> all = List.copyOf(ids);
    Set<Long> entityIds = new HashSet<>();
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      PreparedStatement select =
          session.prepare(
              "SELECT article_id, duplicate_group, story, keywords, tags, generic_page_tags,"
                  + " category, category_score, entities, entity_ids FROM article_analysis"
                  + " WHERE article_id IN ("
                  + "?,".repeat(chunk.size() - 1)
                  + "?)");
      for (int i = 0; i < chunk.size(); i++) {
        select.setLong(i + 1, chunk.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          String label = rows.getString(7);
          Enrichment enrichment =
              new Enrichment(
                  EnrichmentJson.entities(
                      rows.getString(9), EnrichmentJson.longs(rows.getString(10), id), id),
                  EnrichmentJson.strings(rows.getString(4), id),
                  EnrichmentJson.strings(rows.getString(5), id),
                  EnrichmentJson.strings(rows.getString(6), id),
                  label == null ? null : new Category(label, rows.getDouble(8)));
          enrichment.entities().forEach(e -> entityIds.add(e.id()));
          found.put(id, new ArticleAnalysis(rows.getLong(2), rows.getLong(3), enrichment));
        }
      }
    }
    return entityIds.isEmpty() ? found : withStoredCanonicals(session, found, entityIds);
  }

  private static Map<Long, ArticleAnalysis> withStoredCanonicals(
      SqlSession session, Map<Long, ArticleAnalysis> analyses, Set<Long> entityIds)
      throws SQLException {
    Map<Long, String> canonicals = EntitySql.canonicals(session, entityIds);
    analyses.replaceAll(
        (id, analysis) -> {
          Enrichment e = analysis.enrichment();
          List<ArticleEntity> entities =
              e.entities().stream()
                  .map(
                      entity ->
                          new ArticleEntity(
                              entity.id(),
                              canonicals.getOrDefault(entity.id(), entity.canonical()),
                              entity.type(),
                              entity.variants(),
                              entity.mentions()))
                  .toList();
          return analysis.withEnrichment(
              new Enrichment(entities, e.keywords(), e.tags(), e.genericPageTags(), e.category()));
        });
    return analyses;
  }
}
