package dev.gatehouse.example;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.gatehouse.jdbc.ApiKeyInfo;
import dev.gatehouse.jdbc.GatehouseSchema;
import dev.gatehouse.jdbc.IssuedApiKey;
import dev.gatehouse.jdbc.JdbcApiKeys;
import dev.gatehouse.jdbc.JdbcUsers;
import dev.gatehouse.jdbc.LoginThrottle;
import dev.gatehouse.jdbc.ThrottleStore;
import dev.gatehouse.jdbc.UserAdmin;
import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where the example service keeps its API keys and users, chosen by one environment variable,
 * {@value #STORE_ENV}:
 *
 * <ul>
 *   <li>unset or {@code memory} (the default): in memory, built at start-up ({@link HashedApiKeys},
 *       {@link PasswordUsers}); the fixed demo key {@link ExampleService#API_KEY}.
 *   <li>{@code postgres}: in PostgreSQL at {@value #URL_ENV} (user {@value #USER_ENV}, password
 *       {@value #PASSWORD_ENV}, both optional), through a HikariCP pool: the schema is migrated,
 *       API keys are {@link JdbcApiKeys} (a demo key is issued for {@value #DEMO_CLIENT} when it
 *       has no active one), users are {@link JdbcUsers} behind a {@link LoginThrottle}, and the
 *       demo users are created when absent, with the in-memory mode's passwords. {@value
 *       #PEPPER_ENV} (optional, at least 32 bytes, as for {@code ApiKeyCli}) turns on HMAC digests
 *       of the keys.
 * </ul>
 *
 * <p>Any other value, a missing or malformed URL, an unreachable database or a failed migration is
 * a {@link StartupException} whose message is one line.
 */
public final class ExampleStores implements AutoCloseable {
  public static final String STORE_ENV = "GATEHOUSE_STORE";
  public static final String URL_ENV = "GATEHOUSE_JDBC_URL";
  public static final String USER_ENV = "GATEHOUSE_JDBC_USER";
  public static final String PASSWORD_ENV = "GATEHOUSE_JDBC_PASSWORD";
  public static final String PEPPER_ENV = "GATEHOUSE_API_KEY_PEPPER";

  /** The principal of the demo API key. */
  static final String DEMO_CLIENT = "demo-client";

  /** In PostgreSQL all users share one table: this scope marks the Basic administrators. */
  static final String ADMIN_SCOPE = "admin";

  private static final String URL_PREFIX = "jdbc:postgresql:";
  private static final int CONNECT_TIMEOUT_SECONDS = 5;

  private final String description;
  private final Verifier<ApiKey> apiKeys;
  private final Verifier<BasicCredentials> tutorialUsers;
  private final Verifier<BasicCredentials> administrators;
  private final String apiKeyBanner;
  private final AutoCloseable[] resources;

  private ExampleStores(
      String description,
      Verifier<ApiKey> apiKeys,
      Verifier<BasicCredentials> tutorialUsers,
      Verifier<BasicCredentials> administrators,
      String apiKeyBanner,
      AutoCloseable... resources) {
    this.description = description;
    this.apiKeys = apiKeys;
    this.tutorialUsers = tutorialUsers;
    this.administrators = administrators;
    this.apiKeyBanner = apiKeyBanner;
    this.resources = resources;
  }

  /** A start-up failure whose message is one line, for the user, without a stack trace. */
  public static final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StartupException(String message) {
      super(message, null, false, false);
    }
  }

  /** The stores the environment asks for ({@value #STORE_ENV}); in memory when it is unset. */
  public static ExampleStores fromEnvironment(Map<String, String> env) {
    String store = env.get(STORE_ENV);
    if (store == null || store.equals("memory")) {
      return inMemory();
    }
    if (!store.equals("postgres")) {
      throw new StartupException(
          STORE_ENV
              + " must be 'memory' (the default) or 'postgres', not '"
              + oneLine(store)
              + "'");
    }
    String url = env.get(URL_ENV);
    if (url == null || url.isBlank()) {
      throw new StartupException(
          STORE_ENV
              + "=postgres needs "
              + URL_ENV
              + ", e.g. jdbc:postgresql://localhost:5432/gatehouse");
    }
    if (!url.startsWith(URL_PREFIX)) {
      throw new StartupException(
          URL_ENV
              + " must be a PostgreSQL JDBC URL such as jdbc:postgresql://localhost:5432/gatehouse,"
              + " not '"
              + shown(url)
              + "'");
    }
    byte[] pepper = null;
    String pepperText = env.get(PEPPER_ENV);
    if (pepperText != null) {
      pepper = pepperText.getBytes(StandardCharsets.UTF_8);
      if (pepper.length < 32) {
        throw new StartupException(PEPPER_ENV + " must have at least 32 bytes");
      }
    }
    return postgres(url, env.get(USER_ENV), env.get(PASSWORD_ENV), pepper);
  }

  /**
   * {@link #fromEnvironment}, or, when that fails, the one-line reason on standard error and exit
   * status 1: for {@code main}.
   */
  static ExampleStores fromEnvironmentOrExit(Map<String, String> env) {
    try {
      return fromEnvironment(env);
    } catch (StartupException e) {
      System.err.println("Gatehouse example service did not start: " + e.getMessage());
      System.exit(1);
      throw e; // not reached
    }
  }

  /** The default: the demo key, users and administrator in memory. */
  public static ExampleStores inMemory() {
    PasswordHasher hasher = hasher();
    PasswordUsers tutorialUsers =
        PasswordUsers.builder(hasher)
            .user(DemoUsers.JOHNDOE, hasher.hash(DemoUsers.JOHNDOE_PASSWORD), Set.of("me", "items"))
            .disabled(DemoUsers.ALICE, hasher.hash(DemoUsers.ALICE_PASSWORD))
            .build();
    PasswordUsers administrators =
        PasswordUsers.builder(hasher)
            .user(ExampleService.ADMIN, hasher.hash(ExampleService.ADMIN_PASSWORD), Set.of())
            .build();
    HashedApiKeys apiKeys =
        HashedApiKeys.sha256()
            .add(HashedApiKeys.sha256Digest(ExampleService.API_KEY), DEMO_CLIENT)
            .build();
    return new ExampleStores(
        "in memory",
        apiKeys,
        tutorialUsers,
        administrators,
        "X-API-Key: " + ExampleService.API_KEY);
  }

  private static ExampleStores postgres(String url, String user, String password, byte[] pepper) {
    // A first connection of our own: its failure is one clear line, where the pool's would log a
    // stack trace.
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    try (Connection probe = DriverManager.getConnection(url, properties)) {
      probe.isValid(CONNECT_TIMEOUT_SECONDS);
    } catch (SQLException e) {
      throw new StartupException(
          "cannot connect to PostgreSQL at " + shown(url) + ": " + reason(e));
    }

    HikariConfig config = new HikariConfig();
    config.setPoolName("gatehouse-example");
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(10);
    // Fail fast during an outage: requests get 503 with Retry-After within seconds.
    config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
    config.addDataSourceProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new StartupException(
          "cannot open a pool to PostgreSQL at " + shown(url) + ": " + reason(e));
    }
    JdbcApiKeys keys = null;
    try {
      try {
        GatehouseSchema.migrate(pool);
      } catch (SQLException | RuntimeException e) {
        throw new StartupException(
            "cannot migrate the Gatehouse schema in " + shown(url) + ": " + reason(e));
      }
      JdbcApiKeys.Builder keysBuilder = JdbcApiKeys.builder(pool);
      if (pepper != null) {
        keysBuilder.pepper(pepper);
      }
      keys = keysBuilder.build();
      JdbcUsers users = JdbcUsers.builder(pool, hasher()).build();
      String banner;
      try {
        createIfAbsent(
            users.admin(),
            DemoUsers.JOHNDOE,
            DemoUsers.JOHNDOE_PASSWORD,
            Set.of("me", "items"),
            true);
        createIfAbsent(users.admin(), DemoUsers.ALICE, DemoUsers.ALICE_PASSWORD, Set.of(), false);
        createIfAbsent(
            users.admin(),
            ExampleService.ADMIN,
            ExampleService.ADMIN_PASSWORD,
            Set.of(ADMIN_SCOPE),
            true);
        banner = demoKey(keys);
      } catch (SQLException e) {
        throw new StartupException(
            "cannot set up the demo users and key in " + shown(url) + ": " + reason(e));
      }
      Verifier<BasicCredentials> throttled =
          LoginThrottle.builder(ThrottleStore.postgres(pool)).build().guard(users);
      return new ExampleStores(
          "PostgreSQL at " + shown(url),
          keys,
          only(throttled, scopes -> !scopes.contains(ADMIN_SCOPE), "tutorial users"),
          only(throttled, scopes -> scopes.contains(ADMIN_SCOPE), "administrators"),
          banner,
          keys,
          pool);
    } catch (RuntimeException e) {
      closeQuietly(keys);
      pool.close();
      throw e;
    }
  }

  /** The demo key line: a fresh key, or the id of the active one (only its digest is stored). */
  private static String demoKey(JdbcApiKeys keys) throws SQLException {
    Instant now = Instant.now();
    Optional<ApiKeyInfo> active =
        keys.admin().list(DEMO_CLIENT).stream().filter(k -> k.activeAt(now)).findFirst();
    if (active.isPresent()) {
      return "X-API-Key: the key printed when key id "
          + active.get().keyId()
          + " was issued (only its digest is stored; revoke it for a new one at the next start)";
    }
    IssuedApiKey issued = keys.admin().issue(DEMO_CLIENT, Set.of(), null);
    return "X-API-Key: " + issued.key();
  }

  private static void createIfAbsent(
      UserAdmin admin, String name, String password, Set<String> scopes, boolean enabled)
      throws SQLException {
    char[] chars = password.toCharArray();
    try {
      admin.create(name, chars, scopes);
    } catch (IllegalArgumentException taken) {
      return; // the names and scopes are valid: the only refusal left is "the user name is taken"
    } finally {
      java.util.Arrays.fill(chars, '\0');
    }
    if (!enabled) {
      admin.setEnabled(name, false);
    }
  }

  /** The verifier's grants whose scopes pass the test; every other outcome unchanged. */
  private static Verifier<BasicCredentials> only(
      Verifier<BasicCredentials> verifier, Predicate<Set<String>> scopes, String what) {
    return new Verifier<>() {
      @Override
      public Verification verify(BasicCredentials credentials) throws Exception {
        Verification v = verifier.verify(credentials);
        return v.isGranted() && !scopes.test(v.scopes()) ? Verification.rejected() : v;
      }

      @Override
      public String toString() {
        return verifier + " (" + what + ")";
      }
    };
  }

  private static PasswordHasher hasher() {
    return PasswordHasher.pbkdf2Sha256(100_000);
  }

  /** The API key verifier for the scheme {@code APIKeyHeader}. */
  public Verifier<ApiKey> apiKeys() {
    return apiKeys;
  }

  /** The users of the token endpoint: johndoe, and alice (disabled). */
  public Verifier<BasicCredentials> tutorialUsers() {
    return tutorialUsers;
  }

  /** The users of the scheme {@code HTTPBasic}: admin. */
  public Verifier<BasicCredentials> administrators() {
    return administrators;
  }

  /** The banner's API key line, e.g. {@code X-API-Key: gk_...}. */
  public String apiKeyBanner() {
    return apiKeyBanner;
  }

  /** Writes pending last-use times and closes the pool; nothing to do in memory. */
  @Override
  public void close() {
    for (AutoCloseable resource : resources) {
      closeQuietly(resource);
    }
  }

  @Override
  public String toString() {
    return "ExampleStores[" + description + "]";
  }

  private static void closeQuietly(AutoCloseable resource) {
    if (resource == null) {
      return;
    }
    try {
      resource.close();
    } catch (Exception e) {
      System.err.println(
          "Gatehouse example service: closing " + resource + " failed: " + reason(e));
    }
  }

  /**
   * The first line of the outermost SQL error's message (the driver's own words: "Connection to ...
   * refused", "password authentication failed ..."), else of the innermost cause's; never a stack
   * trace.
   */
  private static String reason(Throwable e) {
    Throwable innermost = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException && t.getMessage() != null) {
        return oneLine(t.getMessage());
      }
      innermost = t;
    }
    String message = innermost.getMessage() != null ? innermost.getMessage() : e.getMessage();
    return message == null ? innermost.getClass().getSimpleName() : oneLine(message);
  }

  /** The URL without its query string, which may carry a password. */
  private static String shown(String url) {
    int query = url.indexOf('?');
    return oneLine(query < 0 ? url : url.substring(0, query) + "?...");
  }

  private static String oneLine(String text) {
    String line = text.strip();
    int newline = line.indexOf('\n');
    return (newline < 0 ? line : line.substring(0, newline)).replaceAll("\\p{Cntrl}", "?").strip();
  }
}
