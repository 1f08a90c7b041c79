package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.VerifierUnavailableException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** PostgreSQL killed mid-run: 503 + Retry-After (never an accept), recovery without a restart. */
class OutageTest {
  private static TestPostgres pg;

  @BeforeAll
  static void startPostgres() throws Exception {
    pg = TestPostgres.start();
    GatehouseSchema.migrate(pg.dataSource());
  }

  @AfterAll
  static void stopPostgres() {
    pg.close();
  }

  @Test
  void storesAnswerUnavailableWhileTheDatabaseIsDownAndRecover() throws Exception {
    JdbcApiKeys keys =
        JdbcApiKeys.builder(pg.dataSource())
            .cacheTtl(Duration.ZERO)
            .retryAfter(Duration.ofSeconds(7))
            .build();
    JdbcUsers users =
        JdbcUsers.builder(pg.dataSource(), Argon2idPasswordHasher.of(1024, 1, 1))
            .cacheTtl(Duration.ZERO)
            .retryAfter(Duration.ofSeconds(3))
            .build();
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    users.admin().create("alice", "pw".toCharArray(), Set.of());
    assertThat(keys.verify(new ApiKey(issued.key())).isGranted()).isTrue();

    pg.kill();
    try {
      VerifierUnavailableException keyDown =
          catchThrowableOfType(
              VerifierUnavailableException.class, () -> keys.verify(new ApiKey(issued.key())));
      assertThat(keyDown.retryAfter()).isEqualTo(Duration.ofSeconds(7));
      assertThat(keyDown.getMessage()).doesNotContain(issued.key());
      VerifierUnavailableException userDown =
          catchThrowableOfType(
              VerifierUnavailableException.class,
              () -> users.verify(new BasicCredentials("alice", "pw")));
      assertThat(userDown.retryAfter()).isEqualTo(Duration.ofSeconds(3));
      // A malformed key is still refused at once, without the database.
      assertThat(keys.verify(new ApiKey("gk_nonsense")).isGranted()).isFalse();
    } finally {
      pg.restart();
    }

    assertThat(keys.verify(new ApiKey(issued.key())).isGranted()).isTrue();
    assertThat(users.verify(new BasicCredentials("alice", "pw")).isGranted()).isTrue();
    keys.close();
  }

  @Test
  void aFreshCacheEntryStillDecidesDuringAnOutageButNoLongerThanItsTtl() throws Exception {
    Duration ttl = Duration.ofMillis(400);
    JdbcApiKeys keys = JdbcApiKeys.builder(pg.dataSource()).cacheTtl(ttl).build();
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    keys.verify(new ApiKey(issued.key()));

    pg.kill();
    try {
      Thread.sleep(ttl.toMillis() + 50);
      assertThat(
              catchThrowableOfType(
                  VerifierUnavailableException.class, () -> keys.verify(new ApiKey(issued.key()))))
          .isNotNull();
    } finally {
      pg.restart();
    }
    keys.close();
  }

  @Test
  void lastUseWrittenDuringAnOutageIsKeptAndWrittenLater() throws Exception {
    JdbcApiKeys keys = JdbcApiKeys.builder(pg.dataSource()).cacheTtl(Duration.ofMinutes(1)).build();
    IssuedApiKey issued = keys.admin().issue("billing", Set.of(), null);
    assertThat(keys.verify(new ApiKey(issued.key())).isGranted()).isTrue();

    pg.kill();
    try {
      org.assertj.core.api.Assertions.assertThatThrownBy(keys::flushLastUsed)
          .isInstanceOf(java.sql.SQLException.class);
    } finally {
      pg.restart();
    }
    keys.flushLastUsed();
    assertThat(keys.admin().find(issued.keyId()).orElseThrow().lastUsedAt()).isNotNull();
    keys.close();
  }
}
