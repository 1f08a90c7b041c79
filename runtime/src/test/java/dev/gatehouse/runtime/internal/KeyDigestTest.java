package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyDigest} gives what a fresh {@code MessageDigest} or keyed {@code Mac} gives, for any
 * input, from any number of threads at once, without touching the input.
 */
class KeyDigestTest {
  private static final SecretKeySpec PEPPER =
      new SecretKeySpec("0123456789abcdef0123456789abcdef".getBytes(), "HmacSHA256");

  private static byte[] freshSha256(byte[] input) throws Exception {
    return MessageDigest.getInstance("SHA-256").digest(input);
  }

  private static byte[] freshHmac(byte[] input) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(PEPPER);
    return mac.doFinal(input);
  }

  private static byte[] randomInput(Random random) {
    byte[] input = new byte[random.nextInt(3) == 0 ? random.nextInt(4_200) : random.nextInt(80)];
    random.nextBytes(input);
    return input;
  }

  @Test
  void everyDigestIsWhatAFreshInstanceGives() throws Exception {
    KeyDigest sha256 = KeyDigest.sha256();
    KeyDigest hmac = KeyDigest.hmacSha256(PEPPER);
    assertThat(KeyDigest.hmacSha256(null).digest(new byte[] {1, 2}))
        .isEqualTo(freshSha256(new byte[] {1, 2}));
    Random random = new Random(1206L);
    for (int i = 0; i < 5_000; i++) {
      byte[] input = randomInput(random);
      byte[] copy = input.clone();
      assertThat(sha256.digest(input)).isEqualTo(freshSha256(copy));
      assertThat(hmac.digest(input)).isEqualTo(freshHmac(copy));
      assertThat(input).isEqualTo(copy);
    }
  }

  @Test
  void threadsHashingAtOnceNeverMixTheirStates() throws Exception {
    KeyDigest sha256 = KeyDigest.sha256();
    KeyDigest hmac = KeyDigest.hmacSha256(PEPPER);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        long seed = t;
        results.add(
            pool.submit(
                () -> {
                  Random random = new Random(seed);
                  for (int n = 0; n < 300; n++) {
                    byte[] input = randomInput(random);
                    if (!MessageDigest.isEqual(sha256.digest(input), freshSha256(input))
                        || !MessageDigest.isEqual(hmac.digest(input), freshHmac(input))) {
                      return false;
                    }
                  }
                  return true;
                }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    }
  }

  @Test
  void toStringNamesTheAlgorithmOnly() {
    assertThat(KeyDigest.sha256()).hasToString("KeyDigest[SHA-256]");
    assertThat(KeyDigest.hmacSha256(PEPPER)).hasToString("KeyDigest[HMAC-SHA-256]");
  }
}
