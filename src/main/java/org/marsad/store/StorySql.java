package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.marsad.model.StorySummary;

/**
 * The SQL of stories and duplicate groups: both are read from the stages' conclusions ({@code
 * article_analysis}) joined to the articles, so they can never disagree with them.
 */
final class StorySql {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};

  /** An article's time in a story: when published, else when first fetched. */
  private static final String TIME = "coalesce(a.published, a.fetched)";

  private static final String SUMMARY =
      "SELECT s.story, (SELECT title FROM article h WHERE h.id = s.story), count(*),"
          + " json_group_array(DISTINCT a.source_name), min("
          + TIME
          + "), max("
          + TIME
          + ") FROM article_analysis s JOIN article a ON a.id = s.article_id ";

  private StorySql() {}

  /** Stories seen since {@code since}: most sources first, then the most recent. */
  static List<StorySummary> recent(SqlSession session, Instant since, int limit)
      throws SQLException {
    PreparedStatement select =
        session.prepare(
            SUMMARY
                + "WHERE s.story <> 0 GROUP BY s.story HAVING max("
                + TIME
                + ") >= ? ORDER BY count(DISTINCT a.source_name) DESC, max("
                + TIME
                + ") DESC, s.story LIMIT ?");
    select.setLong(1, since.toEpochMilli());
    select.setInt(2, limit);
    List<StorySummary> stories = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        stories.add(summary(rows));
      }
    }
    return stories;
  }

  static Optional<StorySummary> byId(SqlSession session, long story) throws SQLException {
    PreparedStatement select = session.prepare(SUMMARY + "WHERE s.story = ? GROUP BY s.story");
    select.setLong(1, story);
    try (ResultSet rows = select.executeQuery()) {
      return story != 0 && rows.next() ? Optional.of(summary(rows)) : Optional.empty();
    }
  }

  /** The stories of the articles naming an entity, most recent first. */
  static List<StorySummary> ofEntity(SqlSession session, long entityId, int limit)
      throws SQLException {
    PreparedStatement select =
        session.prepare(
            SUMMARY
                + "WHERE s.story IN (SELECT n.story FROM entity_mention m JOIN article_analysis n"
                + " ON n.article_id = m.article_id WHERE m.entity_id = ? AND n.story <> 0)"
                + " GROUP BY s.story ORDER BY max("
                + TIME
                + ") DESC, s.story LIMIT ?");
    select.setLong(1, entityId);
    select.setInt(2, limit);
    List<StorySummary> stories = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        stories.add(summary(rows));
      }
    }
    return stories;
  }

  /** The ids of the articles whose conclusion {@code column} holds {@code value}, by time. */
  static List<Long> members(SqlSession session, String column, long value, int limit)
      throws SQLException {
    return session.ids(
        "SELECT a.id FROM article_analysis s JOIN article a ON a.id = s.article_id WHERE s."
            + column
            + " = ? ORDER BY "
            + TIME
            + ", a.id LIMIT ?",
        value,
        limit);
  }

  private static StorySummary summary(ResultSet rows) throws SQLException {
    List<String> sources;
    try {
      sources = JSON.readValue(rows.getString(4), STRING_LIST);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable source list of story " + rows.getLong(1), e);
    }
    return new StorySummary(
        rows.getLong(1),
        rows.getString(2),
        rows.getInt(3),
        sources.stream().filter(Objects::nonNull).sorted().toList(),
        ArticleSql.instant(rows, 5),
        ArticleSql.instant(rows, 6));
  }
}
