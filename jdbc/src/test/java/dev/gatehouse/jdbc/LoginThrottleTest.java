package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.runtime.AuthenticationThrottledException;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
  private static TestPostgres pg;
  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final AtomicInteger checks = new AtomicInteger();

  /** alice/secret exists; every other name is unknown. */
  private final Verifier<BasicCredentials> users =
      c -> {
        checks.incrementAndGet();
        return c.username().equals("alice") && c.password().equals("secret")
            ? Verification.granted("alice")
            : Verification.rejected();
      };

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
  }

  private LoginThrottle throttle(ThrottleStore store) {
    return LoginThrottle.builder(store)
        .freeFailures(3)
        .baseDelay(Duration.ofSeconds(2))
        .maxDelay(Duration.ofMinutes(1))
        .forgetAfter(Duration.ofMinutes(10))
        .clock(clock)
        .build();
  }

  /** "401", "200" or "429 <seconds>". */
  private static String attempt(Verifier<BasicCredentials> v, String name, String password)
      throws Exception {
    try {
      return v.verify(new BasicCredentials(name, password)).isGranted() ? "200" : "401";
    } catch (AuthenticationThrottledException e) {
      return "429 " + e.retryAfter().toSeconds();
    }
  }

  private List<String> guessTwice(Verifier<BasicCredentials> v, String name) throws Exception {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      out.add(attempt(v, name, "guess" + i));
    }
    out.add(attempt(v, name, "guess"));
    clock.advance(Duration.ofSeconds(2));
    out.add(attempt(v, name, "guess"));
    out.add(attempt(v, name, "guess"));
    return out;
  }

  @Test
  void backsOffExponentiallyAfterTheFreeFailures() throws Exception {
    Verifier<BasicCredentials> guarded =
        throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);

    assertThat(guessTwice(guarded, "alice"))
        .containsExactly("401", "401", "401", "401", "429 2", "429 2", "401", "429 4");
    clock.advance(Duration.ofSeconds(4));
    assertThat(attempt(guarded, "alice", "secret")).isEqualTo("200");
    assertThat(attempt(guarded, "alice", "wrong")).isEqualTo("401"); // a success forgot the count
  }

  @Test
  void clientAddressesBackOffAcrossReplicasAndASuccessDoesNotResetThem() throws Exception {
    // Two replicas: two throttles on one PostgreSQL.
    dev.gatehouse.runtime.ClientAddressThrottle one =
        throttle(ThrottleStore.postgres(pg.dataSource())).perClientAddress();
    dev.gatehouse.runtime.ClientAddressThrottle other =
        throttle(ThrottleStore.postgres(pg.dataSource())).perClientAddress();
    for (int i = 0; i < 4; i++) {
      assertThat(one.waitFor("203.0.113.9")).isZero();
      one.failed("203.0.113.9");
    }

    assertThat(other.waitFor("203.0.113.9")).isEqualTo(Duration.ofSeconds(2));
    assertThat(other.waitFor("203.0.113.10")).isZero();
    // The address's buckets are not a user name's: "203.0.113.9" as a user name is not throttled.
    assertThat(
            attempt(
                throttle(ThrottleStore.postgres(pg.dataSource())).guard(users), "203.0.113.9", "x"))
        .isEqualTo("401");
    clock.advance(Duration.ofSeconds(2));
    assertThat(one.waitFor("203.0.113.9")).isZero();
    other.failed("203.0.113.9");
    assertThat(one.waitFor("203.0.113.9")).isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void aThrottledAttemptIsNeverChecked() throws Exception {
    Verifier<BasicCredentials> guarded = throttle(ThrottleStore.inMemory(1024)).guard(users);
    for (int i = 0; i < 4; i++) {
      attempt(guarded, "alice", "wrong");
    }
    int before = checks.get();

    assertThat(attempt(guarded, "alice", "secret")).startsWith("429");

    assertThat(checks.get()).isEqualTo(before);
  }

  @Test
  void knownAndUnknownNamesGetTheSameAnswers() throws Exception {
    Verifier<BasicCredentials> guarded =
        throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);
    assertThat(guessTwice(guarded, "ghost")).isEqualTo(guessTwice(guarded, "alice"));
  }

  @Test
  void aBackOffTriggeredThroughOneReplicaHoldsOnTheOther() throws Exception {
    Verifier<BasicCredentials> one = throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);
    Verifier<BasicCredentials> two = throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);
    for (int i = 0; i < 4; i++) {
      attempt(one, "alice", "wrong");
    }
    assertThat(attempt(two, "alice", "secret")).isEqualTo("429 2");
  }

  @Test
  void countsAreForgottenAfterTheWindow() throws Exception {
    Verifier<BasicCredentials> guarded =
        throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);
    for (int i = 0; i < 4; i++) {
      attempt(guarded, "alice", "wrong");
    }
    clock.advance(Duration.ofMinutes(10));
    assertThat(attempt(guarded, "alice", "wrong")).isEqualTo("401");
    assertThat(attempt(guarded, "alice", "wrong")).isEqualTo("401");
  }

  @Test
  void backOffIsCappedAndNeverOverflows() {
    LoginThrottle t = throttle(ThrottleStore.inMemory(1024));
    assertThat(t.delay(1)).isEqualTo(Duration.ofSeconds(2));
    assertThat(t.delay(5)).isEqualTo(Duration.ofSeconds(32));
    assertThat(t.delay(6)).isEqualTo(Duration.ofMinutes(1));
    assertThat(t.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void inMemoryStoreStaysTheSameSizeUnderAFloodOfDistinctNames() throws Exception {
    MemoryThrottleStore store = (MemoryThrottleStore) ThrottleStore.inMemory(1024);
    Verifier<BasicCredentials> guarded = throttle(store).guard(users);
    for (int i = 0; i < 20_000; i++) {
      attempt(guarded, "flood-" + i, "x");
    }
    assertThat(store.slots()).isEqualTo(1024);
  }

  @Test
  void postgresStorePurgesOldRowsAndStoresNoNames() throws Exception {
    ThrottleStore store = new JdbcThrottleStore(pg.dataSource(), 50);
    Verifier<BasicCredentials> guarded = throttle(store).guard(users);
    for (int i = 0; i < 120; i++) {
      attempt(guarded, "flood-" + i, "x");
    }
    clock.advance(Duration.ofMinutes(11));
    for (int i = 0; i < 40; i++) {
      attempt(guarded, "later-" + i, "x");
    }
    try (Connection c = pg.dataSource().getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*), max(octet_length(bucket)) FROM gatehouse_throttle")) {
      rs.next();
      assertThat(rs.getInt(1)).isLessThanOrEqualTo(40);
      assertThat(rs.getInt(2)).isEqualTo(32);
    }
  }

  @Test
  void anUnreachableStoreIsUnavailableNotUnthrottled() throws Exception {
    Verifier<BasicCredentials> guarded =
        throttle(ThrottleStore.postgres(pg.dataSource())).guard(users);
    pg.kill();
    try {
      assertThat(
              catchThrowableOfType(
                  dev.gatehouse.runtime.VerifierUnavailableException.class,
                  () -> guarded.verify(new BasicCredentials("alice", "wrong"))))
          .isNotNull();
    } finally {
      pg.restart();
    }
    assertThat(attempt(guarded, "alice", "secret")).isEqualTo("200");
  }
}
