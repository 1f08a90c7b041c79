package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.Verification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JdbcApiKeysTest {
  private static final byte[] PEPPER = "0123456789abcdef0123456789abcdef".getBytes();
  private static TestPostgres pg;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private CountingDataSource dataSource;
  private JdbcApiKeys keys;

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
    dataSource = new CountingDataSource(pg.dataSource());
    keys = JdbcApiKeys.builder(dataSource).pepper(PEPPER).clock(clock).build();
  }

  @AfterEach
  void close() throws Exception {
    keys.close();
  }

  private Verification check(JdbcApiKeys verifier, String key) throws Exception {
    return verifier.verify(new ApiKey(key));
  }

  @Test
  void issuedKeyGrantsItsPrincipalAndScopes() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of("invoices:read"), null);

    Verification v = check(keys, issued.key());

    assertThat(v.isGranted()).isTrue();
    assertThat(v.principal()).isEqualTo("billing");
    assertThat(v.scopes()).containsExactly("invoices:read");
    assertThat(issued.key()).matches(keys.format().pattern().replace("\\b", ""));
    assertThat(issued.key()).startsWith("gk_" + issued.keyId() + "_");
    assertThat(issued.toString()).doesNotContain(issued.key().substring(20));
  }

  @Test
  void onlyTheDigestIsStored() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    try (Connection c = pg.dataSource().getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT * FROM gatehouse_api_key")) {
      assertThat(rs.next()).isTrue();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        String value = rs.getString(i);
        if (value != null) {
          assertThat(value).doesNotContain(issued.key().substring(issued.key().length() - 49));
        }
      }
      assertThat(rs.getBytes("key_digest")).hasSize(32);
    }
  }

  @Test
  void typoIsRefusedWithoutTouchingTheDatabase() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    String key = issued.key();
    char last = key.charAt(30);
    String typo = key.substring(0, 30) + (last == 'a' ? 'b' : 'a') + key.substring(31);
    int before = dataSource.connections.get();

    assertThat(check(keys, typo).isGranted()).isFalse();
    assertThat(check(keys, key.substring(0, key.length() - 1)).isGranted()).isFalse();
    assertThat(check(keys, "").isGranted()).isFalse();
    assertThat(check(keys, "gk_" + "x".repeat(80)).isGranted()).isFalse();

    assertThat(dataSource.connections.get()).isEqualTo(before);
  }

  /**
   * Once a key's row is cached, a check of a key with the same id skips the format check and is
   * decided by the digest: every change of one character of the secret or checksum is refused, and
   * neither they nor malformed keys reach the database.
   */
  @Test
  void everyOneCharacterChangeOfACachedKeyIsRefusedByItsDigest() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    String key = issued.key();
    assertThat(check(keys, key).isGranted()).isTrue();
    int before = dataSource.connections.get();
    int secretStart = key.indexOf('_', 3) + 1;
    for (int i = 0; i < key.length(); i++) {
      for (char c : new char[] {'0', 'a', 'Z', '_', '~'}) {
        if (key.charAt(i) == c) {
          continue;
        }
        String changed = key.substring(0, i) + c + key.substring(i + 1);
        assertThat(check(keys, changed).isGranted()).as("position %d", i).isFalse();
      }
    }
    assertThat(secretStart).isEqualTo(3 + 16 + 1);
    assertThat(check(keys, key).isGranted()).isTrue();
    assertThat(dataSource.connections.get()).isEqualTo(before);
  }

  @Test
  void wellFormedKeyWithTheRightIdButAnotherSecretIsRefused() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    String forged = keys.format().newKey(issued.keyId());

    assertThat(keys.format().keyId(forged)).contains(issued.keyId());
    assertThat(check(keys, forged).isGranted()).isFalse();
  }

  @Test
  void keyOfAnotherPrefixIsRefused() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    JdbcApiKeys acme =
        JdbcApiKeys.builder(pg.dataSource())
            .pepper(PEPPER)
            .format(ApiKeyFormat.withPrefix("acme"))
            .build();
    try {
      assertThat(check(acme, issued.key()).isGranted()).isFalse();
    } finally {
      acme.close();
    }
  }

  @Test
  void anotherPepperRefusesTheKey() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    JdbcApiKeys other =
        JdbcApiKeys.builder(pg.dataSource())
            .pepper("another pepper of thirty-two bytes!!".getBytes())
            .build();
    try {
      assertThat(check(other, issued.key()).isGranted()).isFalse();
    } finally {
      other.close();
    }
  }

  @Test
  void revokedKeyIsRefusedAtOnceOnTheInstanceThatRevoked() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    assertThat(check(keys, issued.key()).isGranted()).isTrue(); // now cached

    assertThat(keys.admin().revoke(issued.keyId())).isTrue();

    assertThat(check(keys, issued.key()).isGranted()).isFalse();
    assertThat(keys.admin().revoke(issued.keyId())).isFalse();
    assertThat(keys.admin().find(issued.keyId()).orElseThrow().revokedAt())
        .isEqualTo(clock.instant());
  }

  @Test
  void revocationReachesAnotherInstanceWithinTheCacheTtl() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    Duration ttl = Duration.ofMillis(300);
    try (JdbcApiKeys other =
        JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER).cacheTtl(ttl).build()) {
      assertThat(check(other, issued.key()).isGranted()).isTrue();

      keys.admin().revoke(issued.keyId());
      Thread.sleep(ttl.toMillis() + 50);

      assertThat(check(other, issued.key()).isGranted()).isFalse();
    }
  }

  /**
   * The cache's age is read from the store's clock, the same reading that decides expiry: a row is
   * reused until exactly the TTL has passed on that clock, and looked up again then.
   */
  @Test
  void theCacheTtlIsMeasuredOnTheStoresClock() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    MutableClock otherClock = new MutableClock(clock.instant());
    CountingDataSource counted = new CountingDataSource(pg.dataSource());
    try (JdbcApiKeys other =
        JdbcApiKeys.builder(counted)
            .pepper(PEPPER)
            .clock(otherClock)
            .cacheTtl(Duration.ofSeconds(5))
            .build()) {
      assertThat(check(other, issued.key()).isGranted()).isTrue();
      int afterFirst = counted.connections.get();
      keys.admin().revoke(issued.keyId());

      otherClock.advance(Duration.ofMillis(4_999));
      assertThat(check(other, issued.key()).isGranted()).as("cached row").isTrue();
      assertThat(counted.connections.get()).isEqualTo(afterFirst);

      otherClock.advance(Duration.ofMillis(1));
      assertThat(check(other, issued.key()).isGranted()).as("looked up again").isFalse();
      assertThat(counted.connections.get()).isEqualTo(afterFirst + 1);
    }
  }

  /** A clock stepped backwards makes cached rows stale (looked up again), never fresher. */
  @Test
  void aClockSteppedBackLooksRowsUpAgain() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    MutableClock otherClock = new MutableClock(clock.instant());
    try (JdbcApiKeys other =
        JdbcApiKeys.builder(pg.dataSource())
            .pepper(PEPPER)
            .clock(otherClock)
            .cacheTtl(Duration.ofHours(1))
            .build()) {
      assertThat(check(other, issued.key()).isGranted()).isTrue();
      keys.admin().revoke(issued.keyId());

      otherClock.advance(Duration.ofSeconds(-1));

      assertThat(check(other, issued.key()).isGranted()).isFalse();
    }
  }

  @Test
  void keyIssuedOnAnotherInstanceIsAcceptedAfterACachedMiss() throws Exception {
    try (JdbcApiKeys other =
        JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER).cacheTtl(Duration.ZERO).build()) {
      IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
      assertThat(check(other, issued.key()).isGranted()).isTrue();
    }
  }

  @Test
  void expiredKeyIsRefused() throws Exception {
    IssuedApiKey issued =
        keys.admin().issue("billing", Set.of(), clock.instant().plus(Duration.ofDays(1)));
    assertThat(check(keys, issued.key()).isGranted()).isTrue();

    clock.advance(Duration.ofDays(1));

    assertThat(check(keys, issued.key()).isGranted()).isFalse();
  }

  @Test
  void expiryInThePastAndBadInputsAreRefusedWhenIssuing() {
    assertThatThrownBy(() -> keys.admin().issue("billing", Set.of(), clock.instant()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.admin().issue("", Set.of(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> keys.admin().issue("billing", Set.of("two words"), null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rotationKeepsTheOldKeyForTheOverlapOnly() throws Exception {
    IssuedApiKey old = keys.admin().issue("billing", Set.of("a", "b"), null);
    assertThat(check(keys, old.key()).isGranted()).isTrue();

    IssuedApiKey fresh = keys.admin().rotate(old.keyId(), Duration.ofHours(1));

    assertThat(fresh.principal()).isEqualTo("billing");
    assertThat(fresh.scopes()).containsExactlyInAnyOrder("a", "b");
    assertThat(check(keys, old.key()).isGranted()).isTrue();
    assertThat(check(keys, fresh.key()).scopes()).containsExactlyInAnyOrder("a", "b");
    assertThat(keys.admin().find(old.keyId()).orElseThrow().replacedBy()).isEqualTo(fresh.keyId());

    clock.advance(Duration.ofHours(1));

    assertThat(check(keys, old.key()).isGranted()).isFalse();
    assertThat(check(keys, fresh.key()).isGranted()).isTrue();
  }

  @Test
  void rotationNeverExtendsAnEarlierExpiry() throws Exception {
    Instant expiry = clock.instant().plus(Duration.ofMinutes(5));
    IssuedApiKey old = keys.admin().issue("billing", Set.of(), expiry);

    IssuedApiKey fresh = keys.admin().rotate(old.keyId(), Duration.ofHours(1));

    assertThat(keys.admin().find(old.keyId()).orElseThrow().expiresAt()).isEqualTo(expiry);
    assertThat(fresh.expiresAt()).isEqualTo(expiry);
  }

  @Test
  void aKeyIsRotatedOnceAndARevokedKeyNever() throws Exception {
    IssuedApiKey old = keys.admin().issue("billing", Set.of(), null);
    keys.admin().rotate(old.keyId(), Duration.ZERO);
    assertThatThrownBy(() -> keys.admin().rotate(old.keyId(), Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);

    IssuedApiKey revoked = keys.admin().issue("billing", Set.of(), null);
    keys.admin().revoke(revoked.keyId());
    assertThatThrownBy(() -> keys.admin().rotate(revoked.keyId(), Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> keys.admin().rotate("0000000000000000", Duration.ZERO))
        .isInstanceOf(NoSuchElementException.class);
    assertThatThrownBy(() -> keys.admin().rotate("not an id", Duration.ZERO))
        .isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void lastUseIsWrittenBehindNotOnTheRequest() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    check(keys, issued.key());
    assertThat(keys.admin().find(issued.keyId()).orElseThrow().lastUsedAt()).isNull();

    keys.flushLastUsed();

    assertThat(keys.admin().find(issued.keyId()).orElseThrow().lastUsedAt())
        .isEqualTo(clock.instant());
  }

  @Test
  void lastUseIsNotedToTheSecond() throws Exception {
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    Instant first = clock.instant();
    check(keys, issued.key());
    clock.advance(Duration.ofMillis(999));
    check(keys, issued.key()); // within the second: not noted again
    keys.flushLastUsed();
    assertThat(keys.admin().find(issued.keyId()).orElseThrow().lastUsedAt()).isEqualTo(first);

    clock.advance(Duration.ofMillis(1));
    Instant later = clock.instant();
    check(keys, issued.key());
    keys.flushLastUsed();
    assertThat(keys.admin().find(issued.keyId()).orElseThrow().lastUsedAt()).isEqualTo(later);
  }

  @Test
  void listShowsEveryKeyOfAPrincipal() throws Exception {
    IssuedApiKey a = keys.admin().issue("billing", Set.of(), null);
    IssuedApiKey b = keys.admin().issue("billing", Set.of(), null);
    keys.admin().issue("shipping", Set.of(), null);
    keys.admin().revoke(a.keyId());

    assertThat(keys.admin().list("billing"))
        .extracting(ApiKeyInfo::keyId)
        .containsExactlyInAnyOrder(a.keyId(), b.keyId());
  }

  @Test
  void toStringShowsNoSecret() {
    assertThat(keys.toString()).doesNotContain(new String(PEPPER)).contains("HMAC-SHA-256");
  }
}
