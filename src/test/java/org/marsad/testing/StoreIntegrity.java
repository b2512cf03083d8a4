package org.marsad.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.marsad.store.SqliteStore;

/**
 * Asks SQLite itself, over its own JDBC connection, whether a data directory's database is sound,
 * so that the check does not trust the code under test.
 */
public final class StoreIntegrity {
  private StoreIntegrity() {}

  /** The rows of {@code PRAGMA integrity_check}: {@code ["ok"]} for a sound database. */
  public static List<String> check(Path dataDirectory) throws SQLException {
    return strings(dataDirectory, "PRAGMA integrity_check");
  }

  /** The first column of every row {@code sql} returns. */
  public static List<String> strings(Path dataDirectory, String sql) throws SQLException {
    Path file = dataDirectory.resolve(SqliteStore.DATABASE_FILE);
    List<String> rows = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
