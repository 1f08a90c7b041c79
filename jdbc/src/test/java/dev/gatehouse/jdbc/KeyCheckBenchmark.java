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

  public static void main(String[] args) throws Exception {
    try (TestPostgres pg = TestPostgres.start()) {
      GatehouseSchema.migrate(pg.dataSource());
      JdbcApiKeys warm = JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER)
          .cacheTtl(Duration.ofHours(1)).build();
      JdbcApiKeys cold = JdbcApiKeys.builder(pg.dataSource()).pepper(PEPPER)
          .cacheTtl(Duration.ZERO).build();
      List<String> keys = new ArrayList<>();
      HashedApiKeys.Builder memory = HashedApiKeys.hmacSha256(PEPPER);
      for (int i = 0; i < KEYS; i++) {
        IssuedApiKey issued = warm.admin().issue("p" + i, Set.of("s"), null);
        keys.add(issued.key());
        memory.add(HashedApiKeys.hmacDigest(PEPPER, issued.key()), "p" + i, Set.of("s"));
      }
      HashedApiKeys inMemory = memory.build();
      for (int round = 0; round < 3; round++) {
        double mem = nanosPerCheck(inMemory, keys, 200_000);
        double jdbc = nanosPerCheck(warm, keys, 200_000);
        System.out.printf("round %d: in-memory %.0f ns, jdbc warm %.0f ns, ratio %.3f%n",
            round, mem, jdbc, jdbc / mem);
      }
      long[] samples = new long[2_000];
      for (int i = 0; i < 200; i++) {
        cold.verify(new ApiKey(keys.get(i % KEYS)));
      }
      for (int i = 0; i < samples.length; i++) {
        long start = System.nanoTime();
        cold.verify(new ApiKey(keys.get(i % KEYS)));
        samples[i] = System.nanoTime() - start;
      }
      Arrays.sort(samples);
      System.out.printf("cold (new connection per lookup, no pool): p50 %.2f ms, p99 %.2f ms%n",
          samples[samples.length / 2] / 1e6, samples[samples.length * 99 / 100] / 1e6);
      warm.close();
      cold.close();
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
