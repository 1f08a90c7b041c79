package dev.gatehouse.jdbc;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;

/** Small JDBC conversions shared by the stores. */
final class Rows {
  private Rows() {}

  static Set<String> scopes(ResultSet rs, String column) throws SQLException {
    Array array = rs.getArray(column);
    if (array == null) {
      return Set.of();
    }
    try {
      return Set.of((String[]) array.getArray());
    } finally {
      array.free();
    }
  }

  static Array textArray(Connection c, Set<String> scopes) throws SQLException {
    return c.createArrayOf("text", scopes.stream().sorted().toArray());
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Timestamp timestamp(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  /** Checks an OAuth-style scope set: each scope non-empty printable ASCII without space. */
  static Set<String> checkedScopes(Set<String> scopes) {
    for (String scope : scopes) {
      if (scope.isEmpty() || scope.length() > 256) {
        throw new IllegalArgumentException("a scope must have 1 to 256 characters");
      }
      for (int i = 0; i < scope.length(); i++) {
        char c = scope.charAt(i);
        if (c <= 0x20 || c >= 0x7f || c == '"' || c == '\\') {
          throw new IllegalArgumentException(
              "a scope must be printable ASCII without space, quote or backslash");
        }
      }
    }
    return Set.copyOf(scopes);
  }

  static String checkedPrincipal(String principal) {
    if (principal.isEmpty() || principal.length() > 256) {
      throw new IllegalArgumentException("a principal must have 1 to 256 characters");
    }
    return principal;
  }
}
