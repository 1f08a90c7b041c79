package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

  private static final int FAST = PasswordHasher.MIN_PBKDF2_ITERATIONS;
  private static final String PASSWORD = "correct horse battery staple";

  private final PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(FAST);

  @Test
  void encodedFormIsSelfDescribing() {
    String encoded = hasher.hash(PASSWORD);
    assertThat(encoded).matches("pbkdf2-sha256\\$10000\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}");
    String[] parts = encoded.split("\\$");
    assertThat(Base64.getUrlDecoder().decode(parts[2])).hasSize(16);
    assertThat(Base64.getUrlDecoder().decode(parts[3])).hasSize(32);
  }

  @Test
  void hashIsPbkdf2HmacSha256OfTheUtf8Bytes() throws Exception {
    for (String password : List.of(PASSWORD, "pé", "café", "😀 emoji", "pa:ss")) {
      String encoded = hasher.hash(password);
      String[] parts = encoded.split("\\$");
      byte[] salt = Base64.getUrlDecoder().decode(parts[2]);
      byte[] expected = pbkdf2Block1(password.getBytes(StandardCharsets.UTF_8), salt, FAST);
      assertThat(Base64.getUrlDecoder().decode(parts[3])).isEqualTo(expected);
    }
  }

  @Test
  void saltsAreFresh() {
    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  @Test
  void correctPasswordMatches() {
    String encoded = hasher.hash(PASSWORD);
    assertThat(hasher.matches(PASSWORD, encoded)).isTrue();
    assertThat(hasher.matches(PASSWORD, hasher.hash(PASSWORD.toCharArray()))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "correct horse battery stapl",
        "correct horse battery staple ",
        " correct horse battery staple",
        "Correct horse battery staple",
        "CORRECT HORSE BATTERY STAPLE",
        "correct horse battery staple\n",
        "correct horse battery staplecorrect horse battery staple",
        "correct\u00a0horse battery staple"
      })
  void variantsDoNotMatch(String variant) {
    assertThat(hasher.matches(variant, hasher.hash(PASSWORD))).isFalse();
  }

  @Test
  void unicodeIsComparedExactlyWithoutNormalisation() {
    String nfc = "caf\u00e9";
    String encoded = hasher.hash(nfc);
    assertThat(hasher.matches(nfc, encoded)).isTrue();
    assertThat(hasher.matches("cafe\u0301", encoded)).isFalse();
    assertThat(hasher.matches("CAF\u00c9", encoded)).isFalse();
  }

  @Test
  void longPasswordsWorkUpToTheCap() {
    String sixtyFour = "x".repeat(63) + "y";
    String atCap = "é".repeat(PasswordHasher.MAX_PASSWORD_BYTES / 2);
    for (String password : List.of(sixtyFour, "z".repeat(1000), atCap)) {
      String encoded = hasher.hash(password);
      assertThat(hasher.matches(password, encoded)).isTrue();
      // A long shared prefix is not enough (no truncation, cf. bcrypt's 72 bytes).
      assertThat(hasher.matches(password.substring(0, password.length() - 1), encoded)).isFalse();
      assertThat(hasher.matches(password + "!", encoded)).isFalse();
    }
    String seventyTwo = "a".repeat(72);
    assertThat(hasher.matches(seventyTwo + "b", hasher.hash(seventyTwo + "c"))).isFalse();
  }

  @Test
  void overLongPasswordsAreRefusedWithoutEchoingThem() {
    String overCap = "secret-" + "p".repeat(PasswordHasher.MAX_PASSWORD_BYTES);
    Throwable thrown = catchThrowable(() -> hasher.hash(overCap));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasNoCause();
    assertThat(thrown.getMessage()).doesNotContain("secret-").doesNotContain("pppp");
    assertThat(hasher.matches(overCap, hasher.hash("p"))).isFalse();
    assertThat(hasher.matches("é".repeat(2049), hasher.hash("p"))).isFalse(); // 4098 bytes
    assertThat(hasher.matches("p".repeat(10_000_000), hasher.hash("p"))).isFalse();
  }

  @Test
  void emptyAndIllFormedPasswordsAreRefused() {
    assertThat(catchThrowable(() -> hasher.hash(""))).isInstanceOf(IllegalArgumentException.class);
    Throwable lone = catchThrowable(() -> hasher.hash("pw\uD800"));
    assertThat(lone).isInstanceOf(IllegalArgumentException.class);
    assertThat(lone.getMessage()).doesNotContain("pw");
    // The JDK would encode a lone surrogate as '?', so "pw?" must not open "pw\uD800" or back.
    assertThat(hasher.matches("pw\uD800", hasher.hash("pw?"))).isFalse();
    assertThat(hasher.matches("pw\uDC00x", hasher.hash("pw?x"))).isFalse();
  }

  @Test
  void nulIsRefusedBecauseHmacZeroPadsItsKey() {
    // PBKDF2 with "pw" and "pw\0" would be identical; the Basic extractor refuses CTLs too.
    assertThat(hasher.matches("pass\0", hasher.hash("pass"))).isFalse();
    assertThat(hasher.matches("pass\0\0", hasher.hash("pass"))).isFalse();
    assertThat(catchThrowable(() -> hasher.hash("pass\0")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void callersArrayIsNotModified() {
    char[] password = PASSWORD.toCharArray();
    String encoded = hasher.hash(password);
    assertThat(password).isEqualTo(PASSWORD.toCharArray());
    assertThat(hasher.matches(new String(password), encoded)).isTrue();
  }

  @Test
  void parametersAreReadFromTheEncodedString() {
    String stronger = PasswordHasher.pbkdf2Sha256(FAST + 1).hash(PASSWORD);
    assertThat(hasher.matches(PASSWORD, stronger)).isTrue();
    assertThat(hasher.matches("nope", stronger)).isFalse();
  }

  @Test
  void defaultIs600000IterationsAndTheFloorIsEnforced() {
    assertThat(PasswordHasher.DEFAULT_PBKDF2_ITERATIONS).isEqualTo(600_000);
    assertThat(PasswordHasher.pbkdf2Sha256().toString())
        .isEqualTo("PasswordHasher[pbkdf2-sha256, iterations=600000]");
    for (int bad : new int[] {9_999, 1, 0, -1, 10_000_001, Integer.MAX_VALUE}) {
      assertThat(catchThrowable(() -> PasswordHasher.pbkdf2Sha256(bad)))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(PasswordHasher.pbkdf2Sha256(10_000)).isNotNull();
  }

  @Test
  void needsRehashWhenWeakerOrUnreadable() {
    String at10k = hasher.hash(PASSWORD);
    assertThat(PasswordHasher.pbkdf2Sha256().needsRehash(at10k)).isTrue();
    assertThat(PasswordHasher.pbkdf2Sha256(20_000).needsRehash(at10k)).isTrue();
    assertThat(hasher.needsRehash(at10k)).isFalse();
    String at20k = PasswordHasher.pbkdf2Sha256(20_000).hash(PASSWORD);
    assertThat(hasher.needsRehash(at20k)).isFalse();
    assertThat(hasher.needsRehash("bcrypt$2b$10$whatever")).isTrue();
    assertThat(hasher.needsRehash("")).isTrue();
    assertThat(hasher.needsRehash(null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "$",
        "$$$",
        "pbkdf2-sha256",
        "pbkdf2-sha256$10000",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$",
        "pbkdf2-sha256$10000$$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha1$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "PBKDF2-SHA256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$9999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$99999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$99999999999$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$-10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$+10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$010000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$１００００$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$1e5$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAB$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAA+/$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA!",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA$",
        " pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA ",
        "pbkdf2-sha256 $10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "pbkdf2-sha256$10000$AAAA\nAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
      })
  void malformedEncodedStringsNeverMatchNorThrow(String encoded) {
    assertThatCode(() -> assertThat(hasher.matches(PASSWORD, encoded)).isFalse())
        .doesNotThrowAnyException();
    assertThat(hasher.needsRehash(encoded)).isTrue();
  }

  @Test
  void wellFormedControlForTheMalformedList() {
    // All-zero salt and hash parse fine; they just belong to no password.
    String zeros =
        "pbkdf2-sha256$10000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    assertThat(hasher.matches(PASSWORD, zeros)).isFalse();
    assertThat(hasher.needsRehash(zeros)).isFalse();
  }

  @Test
  void oversizedAndNullInputsNeverThrow() {
    String huge = "pbkdf2-sha256$10000$" + "A".repeat(1_000_000) + "$AAAA";
    assertThat(hasher.matches(PASSWORD, huge)).isFalse();
    assertThat(hasher.matches(PASSWORD, null)).isFalse();
    assertThat(hasher.matches(null, hasher.hash(PASSWORD))).isFalse();
    String tampered = hasher.hash(PASSWORD).replace("$10000$", "$10001$");
    assertThat(hasher.matches(PASSWORD, tampered)).isFalse();
  }

  @Test
  void toStringRevealsNoSecret() {
    String encoded = hasher.hash(PASSWORD);
    assertThat(hasher.toString())
        .isEqualTo("PasswordHasher[pbkdf2-sha256, iterations=10000]")
        .doesNotContain(PASSWORD)
        .doesNotContain(encoded.split("\\$")[2]);
  }

  @Test
  void manyThreadsHashAndVerifyConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 32; t++) {
        String password = "pw-" + t;
        results.add(
            pool.submit(
                () -> {
                  String encoded = hasher.hash(password);
                  return hasher.matches(password, encoded)
                      && !hasher.matches(password + "x", encoded);
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

  /** PBKDF2 (RFC 8018 section 5.2) for one 32-byte block, written out independently of the JDK. */
  private static byte[] pbkdf2Block1(byte[] password, byte[] salt, int iterations)
      throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(password, "HmacSHA256"));
    byte[] block = Arrays.copyOf(salt, salt.length + 4);
    block[salt.length + 3] = 1;
    byte[] u = mac.doFinal(block);
    byte[] t = u.clone();
    for (int i = 1; i < iterations; i++) {
      u = mac.doFinal(u);
      for (int j = 0; j < t.length; j++) {
        t[j] ^= u[j];
      }
    }
    return t;
  }
}
