package org.marsad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.enrich.EntityCanonicalizer;
import org.marsad.enrich.EntityKey;
import org.marsad.model.ArticleEntity;
import org.marsad.model.EntityMention;
import org.marsad.model.EntityType;

/**
 * The entity writes of one {@code putAnalyses} transaction: which stored entity each article's
 * entity is, its spellings, and where the article names it. Lives for one transaction only, so what
 * it remembers (entities found, spellings recorded, counts to add) can never outlive a rollback;
 * {@link #finish} writes the counts.
 *
 * <p>An article's entity is the stored entity of its type that has its canonical name or one of its
 * whole-name spellings as a whole-name spelling (match keys, {@link EntityCanonicalizer#matchKey});
 * else, for a person named by a short form only ({@code "غوتيريش"}), the one stored person whose
 * first or last name parts include it, when exactly one has ({@link EntityKey#nameParts}); else a
 * new entity. Short forms never find an entity through other short forms, so {@code "محمد"} in one
 * article does not tie {@code "محمد مرسي"} and {@code "محمد بن سلمان"} together.
 */
final class EntityWrites implements EntityNames.Lookups<SQLException> {
  /** Mention rows per INSERT statement: one statement per article for nearly all articles. */
  private static final int ROWS_PER_INSERT = 32;

  private final SqlSession session;

  /** Entities by whole-name key ("TYPE key") and spellings ("id spelling") known recorded. */
  private final EntityCache.Pending known;

  /** Articles and mentions to add to each entity's counts (negative for replaced mentions). */
  private final Map<Long, long[]> countChanges = new LinkedHashMap<>();

  EntityWrites(SqlSession session, EntityCache.Pending known) {
    this.session = session;
    this.known = known;
  }

  /** The match key stored for a spelling: {@link EntityCanonicalizer#matchKey}, cut. */
  static String key(String spelling) {
    return EntityNames.key(spelling);
  }

  /**
   * Replaces what an article names: its old mentions are uncounted and removed, its entities
   * resolved to stored ones (created where none fits) and counted. Returns the stored id of each
   * entity, in order.
   */
  List<Long> replaceMentions(long articleId, List<ArticleEntity> entities) throws SQLException {
    removeMentions(articleId);
    Map<Long, int[]> byEntity = new LinkedHashMap<>();
    List<Long> ids = new ArrayList<>(entities.size());
    for (ArticleEntity entity : entities) {
      long id = EntityNames.resolve(entity, this);
      ids.add(id);
      int[] counted =
          byEntity.computeIfAbsent(id, k -> new int[] {0, Integer.MAX_VALUE, Integer.MAX_VALUE});
      counted[0] += entity.count();
      EntityMention first = entity.mentions().get(0);
      if (first.start() < counted[1]) {
        counted[1] = first.start();
        counted[2] = first.end();
      }
    }
    insertMentions(articleId, new ArrayList<>(byEntity.entrySet()));
    return ids;
  }

  /** Inserts an article's mention rows, {@value #ROWS_PER_INSERT} to a statement. */
  private void insertMentions(long articleId, List<Map.Entry<Long, int[]>> rows)
      throws SQLException {
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<Map.Entry<Long, int[]>> chunk =
          rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      PreparedStatement insert =
          session.prepare(
              "INSERT INTO entity_mention (entity_id, article_id, count, first_start, first_end)"
                  + " VALUES "
                  + "(?, ?, ?, ?, ?), ".repeat(chunk.size() - 1)
                  + "(?, ?, ?, ?, ?)");
      int p = 1;
      for (Map.Entry<Long, int[]> e : chunk) {
        insert.setLong(p++, e.getKey());
        insert.setLong(p++, articleId);
        insert.setInt(p++, e.getValue()[0]);
        insert.setInt(p++, e.getValue()[1]);
        insert.setInt(p++, e.getValue()[2]);
        changeCounts(e.getKey(), 1, e.getValue()[0]);
      }
      insert.executeUpdate();
    }
  }

  /** Writes the count changes of the transaction's articles. */
  void finish() throws SQLException {
    PreparedStatement update =
        session.prepare(
            "UPDATE entity SET article_count = article_count + ?,"
                + " mention_count = mention_count + ? WHERE id = ?");
    for (Map.Entry<Long, long[]> c : countChanges.entrySet()) {
      if (c.getValue()[0] != 0 || c.getValue()[1] != 0) {
        update.setLong(1, c.getValue()[0]);
        update.setLong(2, c.getValue()[1]);
        update.setLong(3, c.getKey());
        update.executeUpdate();
      }
    }
    countChanges.clear();
  }

  private void changeCounts(long id, long articles, long mentions) {
    long[] change = countChanges.computeIfAbsent(id, k -> new long[2]);
    change[0] += articles;
    change[1] += mentions;
  }

  private void removeMentions(long articleId) throws SQLException {
    PreparedStatement old =
        session.prepare("SELECT entity_id, count FROM entity_mention WHERE article_id = ?");
    old.setLong(1, articleId);
    boolean any = false;
    try (ResultSet rows = old.executeQuery()) {
      while (rows.next()) {
        changeCounts(rows.getLong(1), -1, -rows.getLong(2));
        any = true;
      }
    }
    if (any) {
      PreparedStatement delete = session.prepare("DELETE FROM entity_mention WHERE article_id = ?");
      delete.setLong(1, articleId);
      delete.executeUpdate();
    }
  }

  @Override
  public void addSpellings(long id, String type, Map<String, String> spellingKeys, boolean full)
      throws SQLException {
    PreparedStatement variant =
        session.prepare(
            "INSERT OR IGNORE INTO entity_variant (entity_id, type, key, spelling, full)"
                + " VALUES (?, ?, ?, ?, ?)");
    for (Map.Entry<String, String> s : spellingKeys.entrySet()) {
      if (!known.addSpelling(id + " " + s.getKey())) {
        continue;
      }
      variant.setLong(1, id);
      variant.setString(2, type);
      variant.setString(3, s.getValue());
      variant.setString(4, s.getKey());
      variant.setInt(5, full ? 1 : 0);
      variant.executeUpdate();
      if (full) {
        known.putId(type + " " + s.getValue(), id);
      }
    }
  }

  @Override
  public long existing(long id, String type) throws SQLException {
    PreparedStatement select = session.prepare("SELECT id FROM entity WHERE id = ? AND type = ?");
    select.setLong(1, id);
    select.setString(2, type);
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  @Override
  public long byWholeName(String type, String key) throws SQLException {
    Long cached = known.id(type + " " + key);
    if (cached != null) {
      return cached;
    }
    PreparedStatement select =
        session.prepare(
            "SELECT entity_id FROM entity_variant WHERE type = ? AND key = ? AND full = 1"
                + " ORDER BY entity_id LIMIT 1");
    select.setString(1, type);
    select.setString(2, key);
    try (ResultSet rows = select.executeQuery()) {
      long id = rows.next() ? rows.getLong(1) : 0;
      if (id != 0) {
        known.putId(type + " " + key, id);
      }
      return id;
    }
  }

  /** The one entity with this first or last name part; 0 when none or several have it. */
  @Override
  public long byNamePart(String type, String part) throws SQLException {
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

  @Override
  public long insert(String type, String canonical, String key) throws SQLException {
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
}
