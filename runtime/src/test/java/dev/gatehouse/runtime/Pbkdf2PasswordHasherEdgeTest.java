package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PBKDF2 hasher's exact limits: the 4096-byte password cap counted in UTF-8 for every width of
 * character, passwords it refuses never matching anything, the iteration range, and the parser of
 * stored hashes (seen through {@link PasswordHasher#needsRehash}, which parses without hashing).
 */
class Pbkdf2PasswordHasherEdgeTest {
  private static final int MIN = PasswordHasher.MIN_PBKDF2_ITERATIONS;
  private static final PasswordHasher HASHER = PasswordHasher.pbkdf2Sha256(MIN);
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Test
  void refusedPasswordsNeverMatchEvenWhereHmacWouldCollide() {
    String encoded = HASHER.hash("pw".toCharArray());
    assertThat(HASHER.matches("pw", encoded)).isTrue();
    // HMAC pads keys with zero bytes: "pw\0" derives the same hash as "pw".
    assertThat(HASHER.matches("pw\u0000", encoded)).isFalse();
    String question = HASHER.hash("?".toCharArray());
    // A lone surrogate would be encoded as '?'.
    assertThat(HASHER.matches("\ud800", question)).isFalse();
    assertThat(HASHER.matches("\udc00", question)).isFalse();
    assertThat(HASHER.matches("", encoded)).isFalse();
    assertThat(HASHER.matches(null, encoded)).isFalse();
    assertThat(HASHER.matches("pw", null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "\u007f", "\u0080", "\u07ff", "\u0800", "\uffee", "\ud83d\ude00"})
  void passwordCapIs4096Utf8Bytes(String unit) {
    int unitBytes = unit.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    String fill = unit.repeat(PasswordHasher.MAX_PASSWORD_BYTES / unitBytes);
    String atCap = fill + "a".repeat(PasswordHasher.MAX_PASSWORD_BYTES % unitBytes);
    String over = atCap + "a";
    String encoded = HASHER.hash(atCap.toCharArray());
    assertThat(HASHER.matches(atCap, encoded)).isTrue();
    assertThatThrownBy(() -> HASHER.hash(over.toCharArray()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HASHER.matches(over, encoded)).isFalse();
  }

  @Test
  void iterationsMustBeWithinTheDocumentedRange() {
    assertThat(PasswordHasher.pbkdf2Sha256(MIN)).isNotNull();
    assertThat(PasswordHasher.pbkdf2Sha256(PasswordHasher.MAX_PBKDF2_ITERATIONS)).isNotNull();
    assertThatThrownBy(() -> PasswordHasher.pbkdf2Sha256(MIN - 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PasswordHasher.pbkdf2Sha256(PasswordHasher.MAX_PBKDF2_ITERATIONS + 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10000", "10009", "19999", "10000000", "9999999"})
  void wellFormedStoredHashesParse(String iterations) {
    assertThat(HASHER.needsRehash(encoded(iterations, 16, 32))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "9999",
        "10000001",
        "99999999",
        "100000000",
        "010000",
        "+10000",
        "1000a",
        "1000/",
        "1000:",
        ""
      })
  void malformedIterationCountsNeedARehash(String iterations) {
    assertThat(HASHER.needsRehash(encoded(iterations, 16, 32))).isTrue();
  }

  @Test
  void saltAndHashLengthsAreChecked() {
    assertThat(HASHER.needsRehash(encoded("10000", 64, 32))).isFalse();
    assertThat(HASHER.needsRehash(encoded("10000", 15, 32))).isTrue();
    assertThat(HASHER.needsRehash(encoded("10000", 65, 32))).isTrue();
    assertThat(HASHER.needsRehash(encoded("10000", 16, 31))).isTrue();
    assertThat(HASHER.needsRehash(encoded("10000", 16, 33))).isTrue();
    String padded = encoded("10000", 16, 32) + "=";
    assertThat(HASHER.needsRehash(padded)).isTrue();
    assertThat(
            HASHER.needsRehash(
                "pbkdf2-sha1$10000$"
                    + B64.encodeToString(new byte[16])
                    + "$"
                    + B64.encodeToString(new byte[32])))
        .isTrue();
  }

  @Test
  void longestWellFormedEncodingParsesAndLongerTextIsRefused() {
    String longest = encoded("10000000", 64, 32);
    assertThat(HASHER.needsRehash(longest)).isFalse();
    assertThat(HASHER.needsRehash(longest + "A".repeat(160 - longest.length() + 1))).isTrue();
  }

  private static String encoded(String iterations, int saltBytes, int hashBytes) {
    return Pbkdf2PasswordHasher.ID
        + "$"
        + iterations
        + "$"
        + B64.encodeToString(new byte[saltBytes])
        + "$"
        + B64.encodeToString(new byte[hashBytes]);
  }
}
