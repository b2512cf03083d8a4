package org.marsad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Article;
import org.marsad.model.Link;
import org.marsad.model.PageParts;
import org.marsad.model.RelatedArticle;

/** The SQL of articles and revisions: reading rows into {@link Article}s and writing them. */
final class ArticleSql {
  private static final String COLUMNS =
      "id, url, guid, source_id, source_name, title, body, summary, published, fetched, author,"
          + " category, tags, language, page_tags, related, links, change_seq";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM article ";
  private static final int CHANGE_SEQ_COLUMN = 18;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() {};
  private static final TypeReference<List<RelatedArticle>> RELATED_LIST = new TypeReference<>() {};
  private static final TypeReference<List<Link>> LINK_LIST = new TypeReference<>() {};

  private ArticleSql() {}

  static Optional<Article> byId(SqlSession session, long id) throws SQLException {
    PreparedStatement select = session.prepare(SELECT + "WHERE id = ?");
    select.setLong(1, id);
    return first(select);
  }

  static Optional<Article> byUrl(SqlSession session, String url) throws SQLException {
    PreparedStatement select = session.prepare(SELECT + "WHERE url = ?");
    select.setString(1, url);
    return first(select);
  }

  /** The article with this guid from this source (0: from no source), oldest first. */
  static Optional<Article> byGuid(SqlSession session, long sourceId, String guid)
      throws SQLException {
    PreparedStatement select =
        session.prepare(SELECT + "WHERE guid = ? AND source_id IS ? ORDER BY id LIMIT 1");
    select.setString(1, guid);
    setSourceId(select, 2, sourceId);
    return first(select);
  }

  static List<Article> after(SqlSession session, long afterId, int limit) throws SQLException {
    PreparedStatement select = session.prepare(SELECT + "WHERE id > ? ORDER BY id LIMIT ?");
    select.setLong(1, afterId);
    select.setInt(2, limit);
    List<Article> articles = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        articles.add(read(rows));
      }
    }
    return articles;
  }

  static ArticleChanges changesBetween(SqlSession session, long cursor, long upTo, int limit)
      throws SQLException {
    PreparedStatement select =
        session.prepare(
            SELECT + "WHERE change_seq > ? AND change_seq <= ? ORDER BY change_seq LIMIT ?");
    select.setLong(1, cursor);
    select.setLong(2, upTo);
    select.setInt(3, limit);
    List<Article> articles = new ArrayList<>();
    long last = cursor;
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        articles.add(read(rows));
        last = rows.getLong(CHANGE_SEQ_COLUMN);
      }
    }
    return new ArticleChanges(articles, last);
  }

  static long cursorBefore(SqlSession session, long upTo, int count) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT change_seq FROM article WHERE change_seq <= ?"
                + " ORDER BY change_seq DESC LIMIT 1 OFFSET ?");
    select.setLong(1, upTo);
    select.setInt(2, count);
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getLong(1) : 0;
    }
  }

  static long count(SqlSession session) throws SQLException {
    try (ResultSet rows = session.prepare("SELECT count(*) FROM article").executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Inserts a new article and returns its id. */
  static long insert(SqlSession session, Article article, Instant now) throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO article (url, guid, source_id, source_name, title, body, summary,"
                + " published, fetched, author, category, tags, language, page_tags, related, links,"
                + " change_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + nextChangeSeq()
                + ")");
    int i = bindFields(insert, article);
    setInstant(insert, i, article.fetched() != null ? article.fetched() : now);
    insert.setString(i + 1, article.author());
    insert.setString(i + 2, article.category());
    insert.setString(i + 3, json(article.tags()));
    bindPage(insert, i + 4, article.page());
    insert.executeUpdate();
    try (ResultSet rows = session.prepare("SELECT last_insert_rowid()").executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Rewrites a stored article's fields (not id, not first-fetch) and marks it changed. */
  static void update(SqlSession session, Article article, Instant now) throws SQLException {
    PreparedStatement update =
        session.prepare(
            "UPDATE article SET url = ?, guid = ?, source_id = ?, source_name = ?, title = ?,"
                + " body = ?, summary = ?, published = ?, updated = ?, author = ?, category = ?,"
                + " tags = ?, language = ?, page_tags = ?, related = ?, links = ?, change_seq = "
                + nextChangeSeq()
                + " WHERE id = ?");
    int i = bindFields(update, article);
    setInstant(update, i, now);
    update.setString(i + 1, article.author());
    update.setString(i + 2, article.category());
    update.setString(i + 3, json(article.tags()));
    bindPage(update, i + 4, article.page());
    update.setLong(i + 8, article.id());
    update.executeUpdate();
  }

  static void insertRevision(SqlSession session, Article before, Instant now) throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO revision (article_id, replaced_at, title, body) VALUES (?, ?, ?, ?)");
    insert.setLong(1, before.id());
    setInstant(insert, 2, now);
    insert.setString(3, before.title());
    insert.setString(4, before.body());
    insert.executeUpdate();
  }

  static List<Revision> revisions(SqlSession session, long articleId) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT id, article_id, replaced_at, title, body FROM revision"
                + " WHERE article_id = ? ORDER BY id");
    select.setLong(1, articleId);
    List<Revision> revisions = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        revisions.add(
            new Revision(
                rows.getLong(1),
                rows.getLong(2),
                Instant.ofEpochMilli(rows.getLong(3)),
                rows.getString(4),
                rows.getString(5)));
      }
    }
    return revisions;
  }

  private static String nextChangeSeq() {
    return "(SELECT ifnull(max(change_seq), 0) + 1 FROM article)";
  }

  /** Binds url..published (parameters 1-8) and returns the next parameter index. */
  private static int bindFields(PreparedStatement statement, Article article) throws SQLException {
    statement.setString(1, article.url());
    statement.setString(2, article.guid());
    setSourceId(statement, 3, article.sourceId());
    statement.setString(4, article.source());
    statement.setString(5, article.title());
    statement.setString(6, article.body() == null ? "" : article.body());
    statement.setString(7, article.summary());
    setInstant(statement, 8, article.published());
    return 9;
  }

  private static Optional<Article> first(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? Optional.of(read(rows)) : Optional.empty();
    }
  }

  private static Article read(ResultSet rows) throws SQLException {
    return new Article(
        rows.getLong(1),
        rows.getString(2),
        rows.getString(3),
        rows.getLong(4),
        rows.getString(5),
        rows.getString(6),
        rows.getString(7),
        rows.getString(8),
        instant(rows, 9),
        instant(rows, 10),
        rows.getString(11),
        rows.getString(12),
        list(rows.getString(13), STRING_LIST),
        new PageParts(
            rows.getString(14),
            list(rows.getString(15), STRING_LIST),
            list(rows.getString(16), RELATED_LIST),
            list(rows.getString(17), LINK_LIST)));
  }

  /** Binds language, page tags, related and links (four parameters from {@code index}). */
  private static void bindPage(PreparedStatement statement, int index, PageParts page)
      throws SQLException {
    statement.setString(index, page.language());
    statement.setString(index + 1, json(page.pageTags()));
    statement.setString(index + 2, json(page.related()));
    statement.setString(index + 3, json(page.links()));
  }

  static void setSourceId(PreparedStatement statement, int index, long sourceId)
      throws SQLException {
    if (sourceId == 0) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, sourceId);
    }
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.INTEGER);
    } else {
      statement.setLong(index, instant.toEpochMilli());
    }
  }

  static Instant instant(ResultSet rows, int index) throws SQLException {
    long millis = rows.getLong(index);
    return rows.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  private static String json(List<?> values) {
    try {
      return JSON.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings and records always serializes", e);
    }
  }

  private static <T> List<T> list(String json, TypeReference<List<T>> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("corrupt list column: " + json, e);
    }
  }
}
