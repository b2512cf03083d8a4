package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;

/**
 * The queries over entities shared by articles (what {@link EntityWrites} recorded): search by
 * spelling, one entity, its days, articles, stories' ids and company.
 */
final class EntitySql {
  /** Spellings listed with an entity, at most. */
  static final int MAX_VARIANTS = 50;

  /** Co-occurrences are counted over an entity's most recently stored articles, at most. */
  static final int CO_OCCURRENCE_ARTICLES = 2_000;

  /** Ids per look-up statement: well under SQLite's limit on bound parameters. */
  private static final int IDS_PER_QUERY = 500;

  private static final String SUMMARY =
      "SELECT e.id, e.canonical, e.type, e.article_count, e.mention_count FROM entity e ";

  private static final String TIME = "coalesce(a.published, a.fetched)";

  private EntitySql() {}

  // ---- queries

  /**
   * Entities with a spelling whose key contains the query's; whole-key and prefix matches first.
   */
  static List<EntitySummary> search(SqlSession session, String query, EntityType type, int limit)
      throws SQLException {
    String key = EntityWrites.key(query == null ? "" : query);
    String typeFilter = type == null ? "" : " AND e.type = '" + type.name() + "'";
    PreparedStatement select;
    if (key.isEmpty()) {
      select =
          session.prepare(
              SUMMARY
                  + "WHERE e.article_count > 0"
                  + typeFilter
                  + " ORDER BY e.article_count DESC, e.mention_count DESC, e.id LIMIT ?");
      select.setInt(1, limit);
    } else {
      String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
      select =
          session.prepare(
              SUMMARY
                  + "WHERE e.article_count > 0"
                  + typeFilter
                  + " AND EXISTS (SELECT 1 FROM entity_variant v WHERE v.entity_id = e.id"
                  + " AND v.key LIKE ? ESCAPE '\\') ORDER BY e.key = ? DESC,"
                  + " e.key LIKE ? ESCAPE '\\' DESC, e.article_count DESC, e.mention_count DESC,"
                  + " e.id LIMIT ?");
      select.setString(1, "%" + escaped + "%");
      select.setString(2, key);
      select.setString(3, escaped + "%");
      select.setInt(4, limit);
    }
    return summaries(session, select);
  }

  static Optional<EntitySummary> byId(SqlSession session, long id) throws SQLException {
    PreparedStatement select = session.prepare(SUMMARY + "WHERE e.id = ?");
    select.setLong(1, id);
    List<EntitySummary> found = summaries(session, select);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  static List<EntityDay> byDay(SqlSession session, long id) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT date("
                + TIME
                + " / 1000, 'unixepoch') AS day, count(*), sum(m.count) FROM entity_mention m"
                + " JOIN article a ON a.id = m.article_id WHERE m.entity_id = ?"
                + " GROUP BY day ORDER BY day");
    select.setLong(1, id);
    List<EntityDay> days = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        days.add(new EntityDay(LocalDate.parse(rows.getString(1)), rows.getInt(2), rows.getInt(3)));
      }
    }
    return days;
  }

  /** The articles naming an entity, newest first. */
  static List<Long> articles(SqlSession session, long id, int limit) throws SQLException {
    return session.ids(
        "SELECT a.id FROM entity_mention m JOIN article a ON a.id = m.article_id"
            + " WHERE m.entity_id = ? ORDER BY "
            + TIME
            + " DESC, a.id DESC LIMIT ?",
        id,
        limit);
  }

  /** The entities sharing most of an entity's recent articles, with how many they share. */
  static List<EntityCoOccurrence> coOccurring(SqlSession session, long id, int limit)
      throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT o.entity_id, count(*) AS shared FROM (SELECT article_id FROM entity_mention"
                + " WHERE entity_id = ? ORDER BY article_id DESC LIMIT "
                + CO_OCCURRENCE_ARTICLES
                + ") r JOIN entity_mention o ON o.article_id = r.article_id"
                + " WHERE o.entity_id <> ? GROUP BY o.entity_id"
                + " ORDER BY shared DESC, o.entity_id LIMIT ?");
    select.setLong(1, id);
    select.setLong(2, id);
    select.setInt(3, limit);
    List<long[]> found = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        found.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    }
    List<EntityCoOccurrence> result = new ArrayList<>(found.size());
    for (long[] f : found) {
      byId(session, f[0]).ifPresent(e -> result.add(new EntityCoOccurrence(e, (int) f[1])));
    }
    return result;
  }

  /** The stored canonical names of these entities, by id. */
  static Map<Long, String> canonicals(SqlSession session, Set<Long> ids) throws SQLException {
    Map<Long, String> found = new LinkedHashMap<>();
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
      PreparedStatement select =
          session.prepare(
              "SELECT id, canonical FROM entity WHERE id IN ("
                  + "?,".repeat(chunk.size() - 1)
                  + "?)");
      for (int i = 0; i < chunk.size(); i++) {
        select.setLong(i + 1, chunk.get(i));
      }
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getLong(1), rows.getString(2));
        }
      }
    }
    return found;
  }

  private static List<EntitySummary> summaries(SqlSession session, PreparedStatement select)
      throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    try (ResultSet r = select.executeQuery()) {
      while (r.next()) {
        rows.add(
            new Object[] {r.getLong(1), r.getString(2), r.getString(3), r.getInt(4), r.getInt(5)});
      }
    }
    List<EntitySummary> summaries = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      long id = (Long) row[0];
      summaries.add(
          new EntitySummary(
              id,
              (String) row[1],
              EntityType.valueOf((String) row[2]),
              variants(session, id),
              (Integer) row[3],
              (Integer) row[4]));
    }
    return summaries;
  }

  private static List<String> variants(SqlSession session, long id) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT spelling FROM entity_variant WHERE entity_id = ? ORDER BY full DESC, rowid"
                + " LIMIT "
                + MAX_VARIANTS);
    select.setLong(1, id);
    List<String> variants = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        variants.add(rows.getString(1));
      }
    }
    return variants;
  }
}
