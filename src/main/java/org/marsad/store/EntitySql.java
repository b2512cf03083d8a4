package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.enrich.EntityKey;
import org.marsad.enrich.EntitySpelling;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityCoOccurrence;
import org.marsad.model.EntityDay;
import org.marsad.model.EntitySummary;
import org.marsad.model.EntityType;

/**
 * The SQL of entities shared by articles: which stored entity an article's entity is, its
 * spellings, and where articles name it.
 *
 * <p>An article's entity is the stored entity of its type that has its canonical name or one of its
 * whole-name spellings as a whole-name spelling (match keys, {@link EntityCanonicalizer#matchKey});
 * else, for a person named by a short form only ({@code "غوتيريش"}), the one stored person whose
 * first or last name parts include it, when exactly one has ({@link EntityKey#nameParts}); else a
 * new entity. Short forms never find an entity through other short forms, so {@code "محمد"} in one
 * article does not tie {@code "محمد مرسي"} and {@code "محمد بن سلمان"} together.
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

  /**
   * Replaces what an article names: its old mentions are uncounted and removed, its entities
   * resolved to stored ones (created where none fits) and counted. Returns the stored id of each
   * entity, in order.
   */
  static List<Long> replaceMentions(
      SqlSession session, long articleId, List<ArticleEntity> entities) throws SQLException {
    removeMentions(session, articleId);
    Map<Long, int[]> byEntity = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(entities.size());
    for (ArticleEntity entity : entities) {
      long id = resolve(session, entity);
      ids.add(id);
      int[] counted =
          byEntity.computeIfAbsent(id, k -> new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE});
      counted[0] += entity.count();
      var first = entity.mentions().get(0);
      if (first.start() < counted[1]) {
        counted[1] = first.start();
        counted[2] = first.end();
      }
    }
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO entity_mention (entity_id, article_id, count, first_start, first_end)"
                + " VALUES (?, ?, ?, ?, ?)");
    PreparedStatement count =
        session.prepare(
            "UPDATE entity SET article_count = article_count + 1,"
                + " mention_count = mention_count + ? WHERE id = ?");
    for (Map.Entry<Long, int[]> e : byEntity.entrySet()) {
      insert.setLong(1, e.getKey());
      insert.setLong(2, articleId);
      insert.setInt(3, e.getValue()[0]);
      insert.setInt(4, e.getValue()[1]);
      insert.setInt(5, e.getValue()[2]);
      insert.executeUpdate();
      count.setInt(1, e.getValue()[0]);
      count.setLong(2, e.getKey());
      count.executeUpdate();
    }
    return ids;
  }

  private static void removeMentions(SqlSession session, long articleId) throws SQLException {
    PreparedStatement old =
        session.prepare("SELECT entity_id, count FROM entity_mention WHERE article_id = ?");
    old.setLong(1, articleId);
    List<long[]> counted = new ArrayList<>();
    try (ResultSet rows = old.executeQuery()) {
      while (rows.next()) {
        counted.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    }
    if (counted.isEmpty()) {
      return;
    }
    PreparedStatement uncount =
        session.prepare(
            "UPDATE entity SET article_count = article_count - 1,"
                + " mention_count = mention_count - ? WHERE id = ?");
    for (long[] c : counted) {
      uncount.setLong(1, c[1]);
      uncount.setLong(2, c[0]);
      uncount.executeUpdate();
    }
    PreparedStatement delete = session.prepare("DELETE FROM entity_mention WHERE article_id = ?");
    delete.setLong(1, articleId);
    delete.executeUpdate();
  }

  /** The stored entity an article's entity is (see the class comment); its spellings recorded. */
  private static long resolve(SqlSession session, ArticleEntity entity) throws SQLException {
    String type = entity.type().name();
    String canonical = EntitySpelling.capped(entity.canonical());
    String key = key(canonical);
    int words = EntityKey.words(key).size();
    Map<String, String> fullSpellings = new LinkedHashMap<>();
    fullSpellings.put(canonical, key);
    Map<String, String> shortSpellings = new LinkedHashMap<>();
    for (String variant : entity.variants()) {
      String spelling = EntitySpelling.capped(variant);
      String k = key(spelling);
      (EntityKey.words(k).size() == words ? fullSpellings : shortSpellings)
          .putIfAbsent(spelling, k);
    }
    long id = entity.id() > 0 ? existing(session, entity.id(), type) : 0;
    for (String k : new LinkedHashSet<>(fullSpellings.values())) {
      if (id == 0) {
        id = byWholeName(session, type, k);
      }
    }
    boolean byPart = false;
    if (id == 0 && entity.type() == EntityType.PERSON) {
      id = byNamePart(session, type, key);
      byPart = id != 0;
    }
    if (id == 0) {
      id = insert(session, type, canonical, key);
    }
    PreparedStatement variant =
        session.prepare(
            "INSERT OR IGNORE INTO entity_variant (entity_id, type, key, spelling, full)"
                + " VALUES (?, ?, ?, ?, ?)");
    addVariants(variant, id, type, fullSpellings, !byPart);
    addVariants(variant, id, type, shortSpellings, false);
    return id;
  }

  private static void addVariants(
      PreparedStatement variant, long id, String type, Map<String, String> spellings, boolean full)
      throws SQLException {
    for (Map.Entry<String, String> s : spellings.entrySet()) {
      variant.setLong(1, id);
      variant.setString(2, type);
      variant.setString(3, s.getValue());
      variant.setString(4, s.getKey());
      variant.setInt(5, full ? 1 : 0);
      variant.executeUpdate();
    }
  }

  private static String key(String spelling) {
    return EntitySpelling.capped(EntityCanonicalizer.matchKey(spelling));
  }

  private static long existing(SqlSession session, long id, String type) throws SQLException {
    PreparedStatement select = session.prepare("SELECT id FROM entity WHERE id = ? AND type = ?");
    select.setLong(1, id);
    select.setString(2, type);
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  private static long byWholeName(SqlSession session, String type, String key) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT entity_id FROM entity_variant WHERE type = ? AND key = ? AND full = 1"
                + " ORDER BY entity_id LIMIT 1");
    select.setString(1, type);
    select.setString(2, key);
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  /** The one entity with this first or last name part; 0 when none or several have it. */
  private static long byNamePart(SqlSession session, String type, String part) throws SQLException {
    PreparedStatement select =
        session.prepare("SELECT entity_id FROM entity_part WHERE type = ? AND part = ? LIMIT 2");
    select.setString(1, type);
    select.setString(2, part);
    List<Long> found = new ArrayList<>(2);
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        found.add(rows.getLong(1));
      }
    }
    return found.size() == 1 ? found.get(0) : 0;
  }

  private static long insert(SqlSession session, String type, String canonical, String key)
      throws SQLException {
    PreparedStatement insert =
        session.prepare("INSERT INTO entity (type, canonical, key) VALUES (?, ?, ?) RETURNING id");
    insert.setString(1, type);
    insert.setString(2, canonical);
    insert.setString(3, key);
    long id;
    try (ResultSet rows = insert.executeQuery()) {
      rows.next();
      id = rows.getLong(1);
    }
    if (type.equals(EntityType.PERSON.name())) {
      PreparedStatement part =
          session.prepare(
              "INSERT OR IGNORE INTO entity_part (type, part, entity_id) VALUES (?, ?, ?)");
      for (String p : EntityKey.nameParts(key)) {
        part.setString(1, type);
        part.setString(2, p);
        part.setLong(3, id);
        part.executeUpdate();
      }
    }
    return id;
  }

  // ---- queries

  /**
   * Entities with a spelling whose key contains the query's; whole-key and prefix matches first.
   */
  static List<EntitySummary> search(SqlSession session, String query, EntityType type, int limit)
      throws SQLException {
    String key = key(query == null ? "" : query);
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
    PreparedStatement select =
        session.prepare(
            "SELECT a.id FROM entity_mention m JOIN article a ON a.id = m.article_id"
                + " WHERE m.entity_id = ? ORDER BY "
                + TIME
                + " DESC, a.id DESC LIMIT ?");
    select.setLong(1, id);
    select.setInt(2, limit);
    List<Long> ids = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
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
