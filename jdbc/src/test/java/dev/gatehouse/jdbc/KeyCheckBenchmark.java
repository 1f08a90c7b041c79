package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.Verifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Not a test: measures the API-key check of {@link JdbcApiKeys} (warm cache, and cold: every check
 * a primary-key lookup over loopback) against the in-memory {@link HashedApiKeys}, in one run on
 * one PostgreSQL started like the tests' (docs/performance.md, section "PostgreSQL stores").
 *
 * <p>Run: {@code mvn -pl jdbc -am test-compile}, then {@code java -cp <test classpath>
 * dev.gatehouse.jdbc.KeyCheckBenchmark}.
 */
public final class KeyCheckBenchmark {
  private static final byte[] PEPPER = "a pepper of at least thirty-two bytes".getBytes();
  private static final int KEYS = 100;

  /** Rounds (round 0 warms up) and checks per contender and round: {@code -Dkeycheck.rounds=}. */
  private static final int ROUNDS = Integer.getInteger("keycheck.rounds", 5);

  private static final int CHECKS = Integer.getInteger("keycheck.checks", 200_000);

  public static void main(String[] args) throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      GatehouseSchema.migrate(pg.dataSource());
      JdbcApiKeys warm =
          JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER).cacheTtl(Duration.ofHours(1)).build();
      JdbcApiKeys cold =
          JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER).cacheTtl(Duration.ZERO).build();
      List<String> keys = new ArrayList<>();
      HashedApiKeys.Builder memory = HashedApiKeys.hmacSha256(PEPPER);
      for (int i = 0; i < KEYS; i++) {
        IssuedApiKey issued = warm.admin().issue("p" + i, Set.of("s"), null);
        keys.add(issued.key());
        memory.add(HashedApiKeys.hmacDigest(PEPPER, issued.key()), "p" + i, Set.of("s"));
      }
      HashedApiKeys inMemory = memory.build();
      HashedApiKeys oneKey =
          HashedApiKeys.hmacSha256(PEPPER)
              .add(HashedApiKeys.hmacDigest(PEPPER, keys.get(0)), "p0", Set.of("s"))
              .build();
      for (int round = 0; round < ROUNDS; round++) {
        double mem = nanosPerCheck(inMemory, keys, CHECKS);
        double one = nanosPerCheck(oneKey, keys.subList(0, 1), CHECKS);
        double jdbc = nanosPerCheck(warm, keys, CHECKS);
        double jdbcOne = nanosPerCheck(warm, keys.subList(0, 1), CHECKS);
        System.out.printf(
            "round %d: in-memory (%d keys) %.0f ns, jdbc warm (%d keys) %.0f ns,"
                + " ratio %.3f; in-memory (1 key) %.0f ns, jdbc warm (1 key) %.0f ns, ratio %.3f%n",
            round, KEYS, mem, KEYS, jdbc, jdbc / mem, one, jdbcOne, jdbcOne / one);
      }
      JdbcApiKeys pooled =
          JdbcApiKeys.builder(oneConnection(pg.dataSource()))
              .pepper(PEPPER)
              .cacheTtl(Duration.ZERO)
              .build();
      report("cold, one reused connection (as from a pool)", pooled, keys, 5_000);
      report("cold, a new connection per lookup (no pool)", cold, keys, 500);
      warm.close();
      cold.close();
      pooled.close();
    }
  }

  private static void report(String what, JdbcApiKeys verifier, List<String> keys, int n)
      throws Exception {
    long[] samples = new long[n];
    for (int i = 0; i < n / 10; i++) {
      verifier.verify(new ApiKey(keys.get(i % KEYS)));
    }
    for (int i = 0; i < n; i++) {
      long start = System.nanoTime();
      verifier.verify(new ApiKey(keys.get(i % KEYS)));
      samples[i] = System.nanoTime() - start;
    }
    Arrays.sort(samples);
    System.out.printf(
        "%s: p50 %.3f ms, p99 %.3f ms (%d lookups)%n",
        what, samples[n / 2] / 1e6, samples[n * 99 / 100] / 1e6, n);
  }

  /** Hands out one physical connection whose close() is ignored, as a pool's would be. */
  private static javax.sql.DataSource oneConnection(javax.sql.DataSource real) throws Exception {
    java.sql.Connection physical = real.getConnection();
    ClassLoader loader = KeyCheckBenchmark.class.getClassLoader();
    java.sql.Connection shared =
        (java.sql.Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                loader,
                new Class<?>[] {java.sql.Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : invoke(method, physical, args));
    return (javax.sql.DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            loader,
            new Class<?>[] {javax.sql.DataSource.class},
            (proxy, method, args) ->
                method.getName().equals("getConnection") ? shared : invoke(method, real, args));
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static double nanosPerCheck(Verifier<ApiKey> verifier, List<String> keys, int n)
      throws Exception {
    ApiKey[] credentials = keys.stream().map(ApiKey::new).toArray(ApiKey[]::new);
    int granted = 0;
    for (int i = 0; i < n / 4; i++) { // warm-up
      granted += verifier.verify(credentials[i % credentials.length]).isGranted() ? 1 : 0;
    }
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      granted += verifier.verify(credentials[i % credentials.length]).isGranted() ? 1 : 0;
    }
    long elapsed = System.nanoTime() - start;
    if (granted != n + n / 4) {
      throw new IllegalStateException("a key was refused");
    }
    return (double) elapsed / n;
  }
}
