package dev.gatehouse.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Creates and upgrades the Gatehouse tables in PostgreSQL from the versioned SQL files shipped in
 * this jar under {@value #LOCATION} ({@code V<n>__<description>.sql}, Flyway's naming).
 *
 * <p>{@link #migrate} applies the files not applied yet, in version order, in one transaction held
 * under a PostgreSQL advisory lock, so replicas that start together apply each file exactly once.
 * It records each file with a SHA-256 of its text in {@code gatehouse_schema_history} and refuses
 * to run when an applied file has changed. Applications that manage their schema with Flyway point
 * it at {@code classpath:dev/gatehouse/jdbc/migration} instead; others apply the files with {@code
 * psql -f}.
 */
public final class GatehouseSchema {

  /** The class-path folder holding the migration files. */
  public static final String LOCATION = "dev/gatehouse/jdbc/migration";

  /** The files, in the order they are applied. */
  static final List<String> MIGRATIONS = List.of("V1__gatehouse_stores.sql");

  private static final long LOCK_ID = 0x6761746568L; // "gateh"

  private GatehouseSchema() {}

  /**
   * Applies the migrations not applied yet; safe to call from every replica at start-up.
   *
   * @throws SQLException if the database is unreachable or a migration fails (nothing is applied)
   * @throws IllegalStateException if an applied migration's text has changed since
   */
  public static void migrate(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + LOCK_ID + ")");
        s.execute(
            "CREATE TABLE IF NOT EXISTS gatehouse_schema_history ("
                + "version integer PRIMARY KEY, script varchar(200) NOT NULL,"
                + " checksum char(64) NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())");
        Map<Integer, String> applied = new HashMap<>();
        try (ResultSet rs =
            s.executeQuery("SELECT version, checksum FROM gatehouse_schema_history")) {
          while (rs.next()) {
            applied.put(rs.getInt(1), rs.getString(2));
          }
        }
        for (String script : MIGRATIONS) {
          int version = version(script);
          String sql = read(script);
          String checksum = sha256(sql);
          String done = applied.get(version);
          if (done != null) {
            if (!done.equals(checksum)) {
              throw new IllegalStateException(
                  "migration "
                      + script
                      + " has changed since it was applied; ship a new version instead");
            }
            continue;
          }
          s.execute(sql);
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO gatehouse_schema_history (version, script, checksum) VALUES (?, ?, ?)")) {
            insert.setInt(1, version);
            insert.setString(2, script);
            insert.setString(3, checksum);
            insert.executeUpdate();
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  static String read(String script) {
    try (InputStream in =
        GatehouseSchema.class.getClassLoader().getResourceAsStream(LOCATION + "/" + script)) {
      if (in == null) {
        throw new IllegalStateException("migration " + script + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
