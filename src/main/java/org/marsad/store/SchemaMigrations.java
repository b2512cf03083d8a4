package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings a database to the newest schema by running, in order, the SQL scripts it has not run yet,
 * all in one transaction: a failed migration leaves the database as it was. The versions applied
 * are rows of {@code schema_version}. A database newer than this code is refused, never touched.
 *
 * <p>Scripts are resources named {@code V<n>__<what>.sql} beside this class, listed in {@link
 * #SCRIPTS} (a jar cannot be listed reliably); versions run 1, 2, 3... without gaps. A script holds
 * statements each ending with {@code ;} at a line end, and {@code --} comment lines.
 */
final class SchemaMigrations {
  /** The production scripts, oldest first. Append; never edit a released one. */
  static final List<String> SCRIPTS =
      List.of(
          "migrations/V1__init.sql",
          "migrations/V2__page_parts.sql",
          "migrations/V3__analysis.sql",
          "migrations/V4__entities.sql",
          "migrations/V5__saved_searches.sql");

  private static final Pattern SCRIPT_NAME = Pattern.compile("(?:.*/)?V(\\d+)__([\\w-]+)\\.sql");
  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

  private final Class<?> resourceBase;
  private final List<String> scripts;
  private final Clock clock;

  SchemaMigrations(Class<?> resourceBase, List<String> scripts, Clock clock) {
    this.resourceBase = resourceBase;
    this.scripts = List.copyOf(scripts);
    this.clock = clock;
    for (int i = 0; i < scripts.size(); i++) {
      if (version(scripts.get(i)) != i + 1) {
        throw new IllegalArgumentException(
            "migration " + (i + 1) + " expected, found " + scripts.get(i));
      }
    }
  }

  static SchemaMigrations production(Clock clock) {
    return new SchemaMigrations(SchemaMigrations.class, SCRIPTS, clock);
  }

  int latestVersion() {
    return scripts.size();
  }

  /**
   * Applies the missing migrations on {@code connection} (in auto-commit mode) and returns the
   * version the database had before.
   */
  int migrate(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
    }
    try {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY,"
                + " name TEXT NOT NULL, applied_at INTEGER NOT NULL)");
      }
      int current = currentVersion(connection);
      if (current > latestVersion()) {
        throw new StoreException(
            "the database has schema version "
                + current
                + " but this Marsad knows only up to "
                + latestVersion()
                + ": use a newer Marsad");
      }
      for (int version = current + 1; version <= latestVersion(); version++) {
        apply(connection, scripts.get(version - 1));
      }
      end(connection, "COMMIT");
      return current;
    } catch (SQLException | RuntimeException e) {
      end(connection, "ROLLBACK");
      throw e;
    }
  }

  private static void end(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  static int currentVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT ifnull(max(version), 0) FROM schema_version")) {
      return rows.next() ? rows.getInt(1) : 0;
    }
  }

  private void apply(Connection connection, String script) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements(read(script))) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      throw new SQLException("migration " + script + " failed: " + e.getMessage(), e);
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, version(script));
      insert.setString(2, script);
      insert.setLong(3, clock.millis());
      insert.executeUpdate();
    }
  }

  static List<String> statements(String script) {
    StringBuilder withoutComments = new StringBuilder();
    for (String line : script.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String sql : STATEMENT_END.split(withoutComments)) {
      if (!sql.isBlank()) {
        statements.add(sql.strip());
      }
    }
    return statements;
  }

  private String read(String script) {
    try (InputStream in = resourceBase.getResourceAsStream(script)) {
      if (in == null) {
        throw new StoreException("migration script missing from the classpath: " + script);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("cannot read migration script " + script, e);
    }
  }

  private static int version(String script) {
    Matcher m = SCRIPT_NAME.matcher(script);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a migration script name (V<n>__<what>.sql): " + script);
    }
    return Integer.parseInt(m.group(1));
  }
}
