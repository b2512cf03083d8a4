package org.marsad.store;

import static org.marsad.store.ArticleSql.instant;
import static org.marsad.store.ArticleSql.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.marsad.model.AlertDelivery;
import org.marsad.model.SavedSearch;

/** The SQL of saved searches, their alert deliveries and the attempts at each. */
final class AlertSql {
  private static final String SELECT_SEARCH =
      "SELECT id, name, query, webhook_url, created, checked_cursor FROM saved_search ";
  private static final String SELECT_DELIVERY =
      "SELECT id, saved_search_id, article_id, created, status, next_attempt FROM alert_delivery ";

  private AlertSql() {}

  static SavedSearch insertSearch(SqlSession session, SavedSearch search) throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO saved_search (name, query, webhook_url, created, checked_cursor)"
                + " VALUES (?, ?, ?, ?, ?)");
    insert.setString(1, search.name());
    insert.setString(2, search.query());
    insert.setString(3, search.webhookUrl());
    setInstant(insert, 4, search.created());
    insert.setLong(5, search.checkedCursor());
    insert.executeUpdate();
    try (Statement statement = session.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT last_insert_rowid()")) {
      rows.next();
      return searchById(session, rows.getLong(1)).orElseThrow();
    }
  }

  static Optional<SavedSearch> searchById(SqlSession session, long id) throws SQLException {
    PreparedStatement select = session.prepare(SELECT_SEARCH + "WHERE id = ?");
    select.setLong(1, id);
    return searches(select).stream().findFirst();
  }

  static List<SavedSearch> allSearches(SqlSession session) throws SQLException {
    return searches(session.prepare(SELECT_SEARCH + "ORDER BY id"));
  }

  static boolean deleteSearch(SqlSession session, long id) throws SQLException {
    PreparedStatement delete = session.prepare("DELETE FROM saved_search WHERE id = ?");
    delete.setLong(1, id);
    return delete.executeUpdate() > 0;
  }

  /**
   * Records the matches as pending deliveries (when the search has a webhook; a pair already
   * recorded is left as it is) and moves the search's cursor, in the caller's transaction. Returns
   * how many deliveries are new; -1 when the search is unknown.
   */
  static int recordMatches(
      SqlSession session, long searchId, Collection<Long> articleIds, long cursor, Instant now)
      throws SQLException {
    Optional<SavedSearch> search = searchById(session, searchId);
    if (search.isEmpty()) {
      return -1;
    }
    int added = 0;
    if (search.get().hasWebhook()) {
      PreparedStatement insert =
          session.prepare(
              "INSERT INTO alert_delivery (saved_search_id, article_id, created, status,"
                  + " next_attempt) VALUES (?, ?, ?, 'PENDING', ?)"
                  + " ON CONFLICT (saved_search_id, article_id) DO NOTHING");
      for (long articleId : articleIds) {
        insert.setLong(1, searchId);
        insert.setLong(2, articleId);
        setInstant(insert, 3, now);
        setInstant(insert, 4, now);
        added += insert.executeUpdate();
      }
    }
    PreparedStatement advance =
        session.prepare(
            "UPDATE saved_search SET checked_cursor = max(checked_cursor, ?) WHERE id = ?");
    advance.setLong(1, cursor);
    advance.setLong(2, searchId);
    advance.executeUpdate();
    return added;
  }

  static List<AlertDelivery> due(SqlSession session, Instant now, int limit) throws SQLException {
    PreparedStatement select =
        session.prepare(
            SELECT_DELIVERY
                + "WHERE status = 'PENDING' AND next_attempt <= ? ORDER BY next_attempt, id"
                + " LIMIT ?");
    setInstant(select, 1, now);
    select.setInt(2, limit);
    return deliveries(session, select);
  }

  static List<AlertDelivery> ofSearch(SqlSession session, long searchId, int limit)
      throws SQLException {
    PreparedStatement select =
        session.prepare(SELECT_DELIVERY + "WHERE saved_search_id = ? ORDER BY id DESC LIMIT ?");
    select.setLong(1, searchId);
    select.setInt(2, limit);
    return deliveries(session, select);
  }

  /**
   * Appends an attempt to a pending delivery and sets its new status; false (nothing written) when
   * the delivery is unknown or no longer pending, so a delivered one is never reopened.
   */
  static boolean recordAttempt(
      SqlSession session,
      long deliveryId,
      AlertDelivery.Attempt attempt,
      AlertDelivery.Status status,
      Instant nextAttempt)
      throws SQLException {
    PreparedStatement update =
        session.prepare(
            "UPDATE alert_delivery SET status = ?, attempts = attempts + 1, next_attempt = ?,"
                + " last_attempt = ?, last_status = ?, last_error = ?"
                + " WHERE id = ? AND status = 'PENDING'");
    update.setString(1, status.name());
    setInstant(update, 2, status == AlertDelivery.Status.PENDING ? nextAttempt : null);
    setInstant(update, 3, attempt.at());
    update.setInt(4, attempt.httpStatus());
    update.setString(5, attempt.error());
    update.setLong(6, deliveryId);
    if (update.executeUpdate() == 0) {
      return false;
    }
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO alert_attempt (delivery_id, at, http_status, error) VALUES (?, ?, ?, ?)");
    insert.setLong(1, deliveryId);
    setInstant(insert, 2, attempt.at());
    insert.setInt(3, attempt.httpStatus());
    insert.setString(4, attempt.error());
    insert.executeUpdate();
    return true;
  }

  private static List<SavedSearch> searches(PreparedStatement select) throws SQLException {
    List<SavedSearch> searches = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        searches.add(
            new SavedSearch(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                instant(rows, 5),
                rows.getLong(6)));
      }
    }
    return searches;
  }

  private static List<AlertDelivery> deliveries(SqlSession session, PreparedStatement select)
      throws SQLException {
    record Row(long id, long search, long article, Instant created, String status, Instant next) {}
    List<Row> found = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        found.add(
            new Row(
                rows.getLong(1),
                rows.getLong(2),
                rows.getLong(3),
                instant(rows, 4),
                rows.getString(5),
                instant(rows, 6)));
      }
    }
    List<AlertDelivery> deliveries = new ArrayList<>(found.size());
    for (Row row : found) {
      deliveries.add(
          new AlertDelivery(
              row.id(),
              row.search(),
              row.article(),
              row.created(),
              AlertDelivery.Status.valueOf(row.status()),
              row.next(),
              attempts(session, row.id())));
    }
    return deliveries;
  }

  private static List<AlertDelivery.Attempt> attempts(SqlSession session, long deliveryId)
      throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT at, http_status, error FROM alert_attempt WHERE delivery_id = ?"
                + " ORDER BY at, rowid");
    select.setLong(1, deliveryId);
    List<AlertDelivery.Attempt> attempts = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        attempts.add(
            new AlertDelivery.Attempt(instant(rows, 1), rows.getInt(2), rows.getString(3)));
      }
    }
    return attempts;
  }
}
