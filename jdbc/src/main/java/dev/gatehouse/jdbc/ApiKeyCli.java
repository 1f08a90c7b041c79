package dev.gatehouse.jdbc;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A command line to migrate the schema and issue, rotate, revoke and list API keys; the JDBC driver
 * must be on the class path.
 *
 * <pre>
 * GATEHOUSE_DB_PASSWORD=... GATEHOUSE_API_KEY_PEPPER=... java -cp gatehouse-jdbc.jar:... \
 *     dev.gatehouse.jdbc.ApiKeyCli --url jdbc:postgresql://db/app --user app \
 *     issue --principal billing --scope invoices:read --expires-in P90D
 * </pre>
 *
 * <p>Commands: {@code migrate}; {@code issue --principal P [--scope S]... [--expires-in DURATION]};
 * {@code rotate KEY_ID [--overlap DURATION]} (default PT24H); {@code revoke KEY_ID}; {@code list
 * PRINCIPAL}. Durations are ISO-8601 ({@code P90D}, {@code PT1H}). The database password and the
 * pepper (its UTF-8 bytes, at least 32) come from the environment variables {@code
 * GATEHOUSE_DB_PASSWORD} and {@code GATEHOUSE_API_KEY_PEPPER}, never from arguments, so they stay
 * out of shell history and process lists. {@code issue} and {@code rotate} print the new key once,
 * on its own line after the key id.
 */
public final class ApiKeyCli {
  static final String PASSWORD_ENV = "GATEHOUSE_DB_PASSWORD";
  static final String PEPPER_ENV = "GATEHOUSE_API_KEY_PEPPER";

  private ApiKeyCli() {}

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err, null));
  }

  /** Runs one command; returns the exit status (0 ok, 1 failure, 2 usage). */
  static int run(
      String[] args, Map<String, String> env, PrintStream out, PrintStream err, DataSource given) {
    List<String> rest = new ArrayList<>(List.of(args));
    try {
      String url = option(rest, "--url");
      String user = option(rest, "--user");
      String prefix = option(rest, "--prefix");
      DataSource dataSource =
          given != null ? given : driverManager(url, user, env.get(PASSWORD_ENV));
      if (rest.isEmpty()) {
        throw new IllegalArgumentException("no command");
      }
      String command = rest.remove(0);
      if (command.equals("migrate")) {
        GatehouseSchema.migrate(dataSource);
        out.println("schema up to date");
        return 0;
      }
      JdbcApiKeys.Builder builder = JdbcApiKeys.builder(dataSource);
      if (prefix != null) {
        builder.format(ApiKeyFormat.withPrefix(prefix));
      }
      String pepper = env.get(PEPPER_ENV);
      if (pepper != null) {
        builder.pepper(pepper.getBytes(StandardCharsets.UTF_8));
      }
      try (JdbcApiKeys keys = builder.build()) {
        ApiKeyAdmin admin = keys.admin();
        switch (command) {
          case "issue" -> {
            String principal = required(option(rest, "--principal"), "--principal");
            Set<String> scopes = new HashSet<>();
            for (String s; (s = option(rest, "--scope")) != null; ) {
              scopes.add(s);
            }
            String expiresIn = option(rest, "--expires-in");
            noMore(rest);
            Instant expiry = expiresIn == null ? null : Instant.now().plus(duration(expiresIn));
            print(out, admin.issue(principal, scopes, expiry));
          }
          case "rotate" -> {
            String overlap = option(rest, "--overlap");
            String keyId = single(rest);
            print(
                out,
                admin.rotate(keyId, overlap == null ? Duration.ofHours(24) : duration(overlap)));
          }
          case "revoke" -> {
            boolean revoked = admin.revoke(single(rest));
            out.println(revoked ? "revoked" : "no active key with that id");
            return revoked ? 0 : 1;
          }
          case "list" -> {
            for (ApiKeyInfo info : admin.list(single(rest))) {
              out.println(
                  info.keyId()
                      + " scopes="
                      + info.scopes()
                      + " created="
                      + info.createdAt()
                      + " expires="
                      + info.expiresAt()
                      + " revoked="
                      + info.revokedAt()
                      + " replacedBy="
                      + info.replacedBy()
                      + " lastUsed="
                      + info.lastUsedAt());
            }
          }
          default -> throw new IllegalArgumentException("unknown command " + command);
        }
      }
      return 0;
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(
          "usage: ApiKeyCli --url JDBC_URL [--user USER] [--prefix PREFIX]"
              + " migrate | issue --principal P [--scope S]... [--expires-in P90D]"
              + " | rotate KEY_ID [--overlap PT24H] | revoke KEY_ID | list PRINCIPAL");
      return 2;
    } catch (SQLException | IllegalStateException | NoSuchElementException e) {
      err.println("error: " + e.getMessage());
      return 1;
    }
  }

  private static void print(PrintStream out, IssuedApiKey issued) {
    out.println(
        "key id: "
            + issued.keyId()
            + " (principal "
            + issued.principal()
            + ", scopes "
            + issued.scopes()
            + ", expires "
            + issued.expiresAt()
            + ")");
    out.println(issued.key());
  }

  private static String option(List<String> args, String name) {
    int i = args.indexOf(name);
    if (i < 0) {
      return null;
    }
    if (i + 1 >= args.size()) {
      throw new IllegalArgumentException(name + " needs a value");
    }
    args.remove(i);
    return args.remove(i);
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }

  private static String single(List<String> rest) {
    if (rest.size() != 1) {
      throw new IllegalArgumentException("expected exactly one argument");
    }
    return rest.get(0);
  }

  private static void noMore(List<String> rest) {
    if (!rest.isEmpty()) {
      throw new IllegalArgumentException("unexpected argument " + rest.get(0));
    }
  }

  private static Duration duration(String text) {
    try {
      Duration d = Duration.parse(text);
      if (d.isNegative()) {
        throw new IllegalArgumentException("a duration must not be negative: " + text);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO-8601 duration: " + text);
    }
  }

  private static DataSource driverManager(String url, String user, String password) {
    required(url, "--url");
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
      }

      @Override
      public Connection getConnection(String u, String p) throws SQLException {
        return DriverManager.getConnection(url, u, p);
      }

      @Override
      public PrintWriter getLogWriter() {
        return null;
      }

      @Override
      public void setLogWriter(PrintWriter out) {}

      @Override
      public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
      }

      @Override
      public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
      }

      @Override
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
      }

      @Override
      public boolean isWrapperFor(Class<?> iface) {
        return false;
      }
    };
  }
}
