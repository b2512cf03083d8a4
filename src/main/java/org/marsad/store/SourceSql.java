package org.marsad.store;

import static org.marsad.store.ArticleSql.instant;
import static org.marsad.store.ArticleSql.setInstant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.marsad.model.Source;
import org.marsad.model.SourceState;

/** The SQL of sources, their polling state and the fetch log. */
final class SourceSql {
  private static final String SELECT =
      "SELECT id, url, title, kind, poll_interval_seconds, group_duplicates FROM source ";

  /** Stored for a source without an interval of its own (the scheduler adapts from defaults). */
  private static final long NO_INTERVAL = 0;

  private SourceSql() {}

  private static long intervalSeconds(Source source) {
    return source.pollInterval() == null ? NO_INTERVAL : source.pollInterval().toSeconds();
  }

  static void insertIfAbsent(SqlSession session, Source source, Instant now) throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO source (url, title, kind, poll_interval_seconds, added_at,"
                + " group_duplicates) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING");
    insert.setString(1, source.url());
    insert.setString(2, source.title());
    insert.setString(3, source.kind().name());
    insert.setLong(4, intervalSeconds(source));
    setInstant(insert, 5, now);
    insert.setBoolean(6, source.groupDuplicates());
    insert.executeUpdate();
  }

  static boolean update(SqlSession session, Source source) throws SQLException {
    PreparedStatement update =
        session.prepare(
            "UPDATE source SET title = ?, kind = ?, poll_interval_seconds = ?,"
                + " group_duplicates = ? WHERE id = ?");
    update.setString(1, source.title());
    update.setString(2, source.kind().name());
    update.setLong(3, intervalSeconds(source));
    update.setBoolean(4, source.groupDuplicates());
    update.setLong(5, source.id());
    return update.executeUpdate() > 0;
  }

  static boolean delete(SqlSession session, long id) throws SQLException {
    PreparedStatement delete = session.prepare("DELETE FROM source WHERE id = ?");
    delete.setLong(1, id);
    return delete.executeUpdate() > 0;
  }

  static Optional<Source> byId(SqlSession session, long id) throws SQLException {
    PreparedStatement select = session.prepare(SELECT + "WHERE id = ?");
    select.setLong(1, id);
    return read(select).stream().findFirst();
  }

  static Optional<Source> byUrl(SqlSession session, String url) throws SQLException {
    PreparedStatement select = session.prepare(SELECT + "WHERE url = ?");
    select.setString(1, url);
    return read(select).stream().findFirst();
  }

  static List<Source> all(SqlSession session) throws SQLException {
    return read(session.prepare(SELECT + "ORDER BY id"));
  }

  static SourceState state(SqlSession session, long sourceId) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT last_success, last_error, last_error_message, consecutive_failures,"
                + " next_attempt, etag, last_modified FROM source_state WHERE source_id = ?");
    select.setLong(1, sourceId);
    try (ResultSet rows = select.executeQuery()) {
      if (!rows.next()) {
        return SourceState.initial(sourceId);
      }
      return new SourceState(
          sourceId,
          instant(rows, 1),
          instant(rows, 2),
          rows.getString(3),
          rows.getInt(4),
          instant(rows, 5),
          rows.getString(6),
          rows.getString(7));
    }
  }

  static void putState(SqlSession session, SourceState state) throws SQLException {
    PreparedStatement upsert =
        session.prepare(
            "INSERT OR REPLACE INTO source_state (source_id, last_success, last_error,"
                + " last_error_message, consecutive_failures, next_attempt, etag, last_modified)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    upsert.setLong(1, state.sourceId());
    setInstant(upsert, 2, state.lastSuccess());
    setInstant(upsert, 3, state.lastError());
    upsert.setString(4, state.lastErrorMessage());
    upsert.setInt(5, state.consecutiveFailures());
    setInstant(upsert, 6, state.nextAttempt());
    upsert.setString(7, state.etag());
    upsert.setString(8, state.lastModified());
    upsert.executeUpdate();
  }

  static void appendLog(SqlSession session, FetchLogEntry entry) throws SQLException {
    PreparedStatement insert =
        session.prepare(
            "INSERT INTO fetch_log (source_id, at, outcome, http_status, message, items_new,"
                + " items_updated, items_unchanged, items_failed)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert.setLong(1, entry.sourceId());
    setInstant(insert, 2, entry.at());
    insert.setString(3, entry.outcome().name());
    insert.setInt(4, entry.httpStatus());
    insert.setString(5, entry.message());
    insert.setInt(6, entry.itemsNew());
    insert.setInt(7, entry.itemsUpdated());
    insert.setInt(8, entry.itemsUnchanged());
    insert.setInt(9, entry.itemsFailed());
    insert.executeUpdate();
  }

  static List<FetchLogEntry> log(SqlSession session, long sourceId, int limit) throws SQLException {
    PreparedStatement select =
        session.prepare(
            "SELECT at, outcome, http_status, message, items_new, items_updated,"
                + " items_unchanged, items_failed FROM fetch_log WHERE source_id = ?"
                + " ORDER BY id DESC LIMIT ?");
    select.setLong(1, sourceId);
    select.setInt(2, limit);
    List<FetchLogEntry> entries = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        entries.add(
            new FetchLogEntry(
                sourceId,
                instant(rows, 1),
                FetchLogEntry.Outcome.valueOf(rows.getString(2)),
                rows.getInt(3),
                rows.getString(4),
                rows.getInt(5),
                rows.getInt(6),
                rows.getInt(7),
                rows.getInt(8)));
      }
    }
    return entries;
  }

  private static List<Source> read(PreparedStatement select) throws SQLException {
    List<Source> sources = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        sources.add(
            new Source(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                Source.Kind.valueOf(rows.getString(4)),
                rows.getLong(5) == NO_INTERVAL ? null : Duration.ofSeconds(rows.getLong(5)),
                rows.getBoolean(6)));
      }
    }
    return sources;
  }
}
