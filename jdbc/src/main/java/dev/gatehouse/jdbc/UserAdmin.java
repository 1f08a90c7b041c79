package dev.gatehouse.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;

/**
 * Creates, changes and removes the accounts of a {@link JdbcUsers} store; get one from {@link
 * JdbcUsers#admin()}. Passwords are hashed here with the store's hasher; only hashes reach the
 * database. Each method is one statement; the caller keeps ownership of password arrays and should
 * wipe them.
 */
public final class UserAdmin {
  static final int MAX_NAME_LENGTH = 256;
  private static final String UNIQUE_VIOLATION = "23505";

  private final JdbcUsers users;

  UserAdmin(JdbcUsers users) {
    this.users = users;
  }

  /**
   * Creates an enabled account.
   *
   * @throws IllegalArgumentException for a name that HTTP Basic cannot carry (empty, not NFC, with
   *     {@code :} or a control character, over 256 characters), an unacceptable password or scope,
   *     or a name already taken
   */
  public void create(String name, char[] password, Set<String> scopes) throws SQLException {
    checkName(name);
    Set<String> checked = Rows.checkedScopes(scopes);
    String hash = users.hasher().hash(password);
    try (Connection c = users.dataSource().getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "INSERT INTO gatehouse_user (name, password_hash, scopes) VALUES (?, ?, ?)")) {
      insert.setString(1, name);
      insert.setString(2, hash);
      insert.setArray(3, Rows.textArray(c, checked));
      insert.executeUpdate();
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new IllegalArgumentException("the user name is taken");
      }
      throw e;
    } finally {
      users.forget(name);
    }
  }

  /** Replaces the password; returns false if there is no such account. */
  public boolean setPassword(String name, char[] password) throws SQLException {
    String hash = users.hasher().hash(password);
    return update("SET password_hash = ?", name, s -> s.setString(1, hash));
  }

  /** Enables or disables the account; returns false if there is no such account. */
  public boolean setEnabled(String name, boolean enabled) throws SQLException {
    return update("SET enabled = ?", name, s -> s.setBoolean(1, enabled));
  }

  /** Replaces the account's scopes; returns false if there is no such account. */
  public boolean setScopes(String name, Set<String> scopes) throws SQLException {
    Set<String> checked = Rows.checkedScopes(scopes);
    return update(
        "SET scopes = ?", name, s -> s.setArray(1, Rows.textArray(s.getConnection(), checked)));
  }

  /** Removes the account; returns false if there was none. */
  public boolean delete(String name) throws SQLException {
    try (Connection c = users.dataSource().getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM gatehouse_user WHERE name = ?")) {
      delete.setString(1, name);
      return delete.executeUpdate() == 1;
    } finally {
      users.forget(name);
    }
  }

  @Override
  public String toString() {
    return "UserAdmin[" + users.hasher() + "]";
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private boolean update(String set, String name, Binder binder) throws SQLException {
    try (Connection c = users.dataSource().getConnection();
        PreparedStatement update =
            c.prepareStatement(
                "UPDATE gatehouse_user " + set + ", updated_at = now() WHERE name = ?")) {
      binder.bind(update);
      update.setString(2, name);
      return update.executeUpdate() == 1;
    } finally {
      users.forget(name);
    }
  }

  private static void checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("a user name must have 1 to 256 characters");
    }
    if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
      throw new IllegalArgumentException("a user name must be in Unicode NFC");
    }
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == ':' || ch < 0x20 || ch == 0x7f) {
        throw new IllegalArgumentException(
            "a user name must not contain ':' or a control character (HTTP Basic cannot send them)");
      }
    }
  }
}
