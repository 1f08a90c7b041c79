package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcUsersTest {
  private static final Argon2idPasswordHasher ARGON = Argon2idPasswordHasher.of(1024, 1, 1);
  private static final PasswordHasher PBKDF2 =
      PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);
  private static TestPostgres pg;
  private JdbcUsers users;

  @BeforeAll
  static void startPostgres() {
    pg = TestPostgres.start();
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @BeforeEach
  void schema() throws Exception {
    pg.reset();
    GatehouseSchema.migrate(pg.dataSource());
    users = JdbcUsers.builder(pg.dataSource(), PasswordHashers.upgrading(ARGON, PBKDF2)).build();
  }

  private boolean login(JdbcUsers store, String name, String password) throws Exception {
    return store.verify(new BasicCredentials(name, password)).isGranted();
  }

  private String storedHash(String name) throws Exception {
    try (Connection c = pg.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement("SELECT password_hash FROM gatehouse_user WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  @Test
  void createdUserLogsInWithScopesAndOnlyTheHashIsStored() throws Exception {
    users.admin().create("alice", "correct horse".toCharArray(), Set.of("read"));

    var v = users.verify(new BasicCredentials("alice", "correct horse"));

    assertThat(v.principal()).isEqualTo("alice");
    assertThat(v.scopes()).containsExactly("read");
    assertThat(storedHash("alice")).startsWith("$argon2id$").doesNotContain("correct horse");
    assertThat(login(users, "alice", "wrong")).isFalse();
    assertThat(login(users, "ALICE", "correct horse")).isFalse();
    assertThat(login(users, "nobody", "correct horse")).isFalse();
    assertThat(login(users, "x".repeat(300), "correct horse")).isFalse();
  }

  @Test
  void disabledDeletedAndChangedAccountsTakeEffectAtOnceLocally() throws Exception {
    users.admin().create("alice", "pw-1".toCharArray(), Set.of());
    assertThat(login(users, "alice", "pw-1")).isTrue();

    users.admin().setPassword("alice", "pw-2".toCharArray());
    assertThat(login(users, "alice", "pw-1")).isFalse();
    assertThat(login(users, "alice", "pw-2")).isTrue();

    users.admin().setEnabled("alice", false);
    assertThat(login(users, "alice", "pw-2")).isFalse();
    users.admin().setEnabled("alice", true);
    users.admin().setScopes("alice", Set.of("admin"));
    assertThat(users.verify(new BasicCredentials("alice", "pw-2")).scopes())
        .containsExactly("admin");

    assertThat(users.admin().delete("alice")).isTrue();
    assertThat(login(users, "alice", "pw-2")).isFalse();
    assertThat(users.admin().delete("alice")).isFalse();
    assertThat(users.admin().setPassword("alice", "x".toCharArray())).isFalse();
  }

  @Test
  void changesThroughAnotherReplicaArriveWithinTheCacheTtl() throws Exception {
    Duration ttl = Duration.ofMillis(300);
    JdbcUsers other = JdbcUsers.builder(pg.dataSource(), ARGON).cacheTtl(ttl).build();
    users.admin().create("alice", "pw".toCharArray(), Set.of());
    assertThat(login(other, "alice", "pw")).isTrue();

    users.admin().setEnabled("alice", false);
    Thread.sleep(ttl.toMillis() + 50);

    assertThat(login(other, "alice", "pw")).isFalse();
  }

  @Test
  void badNamesAndDuplicatesAreRefused() throws Exception {
    users.admin().create("alice", "pw".toCharArray(), Set.of());
    assertThatThrownBy(() -> users.admin().create("alice", "pw".toCharArray(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("taken");
    for (String bad : new String[] {"", "a:b", "tab\there", "e\u0301"}) {
      assertThatThrownBy(() -> users.admin().create(bad, "pw".toCharArray(), Set.of()))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> users.admin().create("bob", new char[0], Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void legacyHashIsReplacedByArgon2idAtTheNextLogin() throws Exception {
    try (Connection c = pg.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO gatehouse_user (name, password_hash) VALUES ('legacy', ?)")) {
      s.setString(1, PBKDF2.hash("old-pw"));
      s.executeUpdate();
    }
    assertThat(login(users, "legacy", "wrong")).isFalse();
    assertThat(storedHash("legacy")).startsWith("pbkdf2-sha256$");

    assertThat(login(users, "legacy", "old-pw")).isTrue();

    assertThat(storedHash("legacy")).startsWith("$argon2id$");
    assertThat(login(users, "legacy", "old-pw")).isTrue();
  }

  @Test
  void rehashNeverOverwritesAPasswordChangedMeanwhile() throws Exception {
    String legacy = PBKDF2.hash("old-pw");
    try (Connection c = pg.dataSource().getConnection();
        PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO gatehouse_user (name, password_hash) VALUES ('legacy', ?)")) {
      s.setString(1, legacy);
      s.executeUpdate();
    }
    JdbcUsers stale =
        JdbcUsers.builder(pg.dataSource(), PasswordHashers.upgrading(ARGON, PBKDF2))
            .cacheTtl(Duration.ofMinutes(5))
            .build();
    assertThat(login(stale, "legacy", "wrong")).isFalse(); // caches the legacy row
    users.admin().setPassword("legacy", "new-pw".toCharArray());
    String changed = storedHash("legacy");

    // Within its staleness bound "stale" still accepts the old password, and then tries to rehash.
    assertThat(login(stale, "legacy", "old-pw")).isTrue();

    assertThat(storedHash("legacy")).isEqualTo(changed);
    assertThat(login(users, "legacy", "new-pw")).isTrue();
  }

  @Test
  void toStringShowsNoSecret() throws Exception {
    users.admin().create("alice", "pw".toCharArray(), Set.of());
    assertThat(users.toString()).contains("Argon2id").doesNotContain("alice");
  }
}
