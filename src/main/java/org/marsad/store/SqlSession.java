package org.marsad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One SQLite connection with its prepared statements kept for reuse (preparing is a good part of
 * the cost of a small statement). Not thread-safe: one thread at a time, which {@link SqliteStore}
 * guarantees.
 */
final class SqlSession implements AutoCloseable {
  private final Connection connection;
  private final Map<String, PreparedStatement> prepared = new HashMap<>();

  SqlSession(Connection connection) {
    this.connection = connection;
  }

  Connection connection() {
    return connection;
  }

  /** A prepared statement for {@code sql}, parameters cleared. */
  PreparedStatement prepare(String sql) throws SQLException {
    PreparedStatement statement = prepared.get(sql);
    if (statement == null) {
      statement = connection.prepareStatement(sql);
      prepared.put(sql, statement);
    } else {
      statement.clearParameters();
    }
    return statement;
  }

  /**
   * The first column of what {@code sql} selects, as ids, with a {@code long} key and a {@code
   * LIMIT} bound to its two parameters.
   */
  List<Long> ids(String sql, long key, int limit) throws SQLException {
    PreparedStatement select = prepare(sql);
    select.setLong(1, key);
    select.setInt(2, limit);
    List<Long> ids = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public void close() throws SQLException {
    for (PreparedStatement statement : prepared.values()) {
      statement.close();
    }
    prepared.clear();
    connection.close();
  }
}
