package dev.gatehouse.runtime.jwt.dpop;

import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.CLIENT;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.T0;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.claims;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.proof;
import static dev.gatehouse.runtime.jwt.dpop.DpopFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.DpopProofChecker.DpopResult;
import dev.gatehouse.runtime.jwt.DpopNonces;
import dev.gatehouse.runtime.jwt.DpopProofVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Server nonces: what is accepted, what is refused, rotation, and the proof check with them. */
class DpopNoncesTest {
  static final byte[] KEY = key(1);
  static final byte[] OLD_KEY = key(2);
  static final byte[] OTHER_REPLICA_KEY = key(3);

  static byte[] key(int fill) {
    byte[] k = new byte[32];
    Arrays.fill(k, (byte) fill);
    k[0] = 42;
    return k;
  }

  static Clock at(long second) {
    return Clock.fixed(Instant.ofEpochSecond(second), ZoneOffset.UTC);
  }

  static DpopNonces nonces(byte[] key, long second) {
    return DpopNonces.builder(key).previousKey(OLD_KEY).clock(at(second)).build();
  }

  static final DpopNonces NOW = nonces(KEY, T0);

  @Test
  void aFreshNonceIsAcceptedByEveryReplicaWithTheSameKey() {
    String nonce = NOW.issue();
    assertThat(NOW.isValid(nonce)).isTrue();
    // Another replica: another instance, same key, its clock a little behind.
    assertThat(nonces(KEY, T0 - 3).isValid(nonce)).isTrue();
  }

  @Test
  void aNonceIsAcceptedForItsLifetimeAndRefusedAfter() {
    String nonce = nonces(KEY, T0 - 300).issue();
    assertThat(NOW.lifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(NOW.isValid(nonce)).isTrue();
    assertThat(NOW.isValid(nonces(KEY, T0 - 301).issue())).isFalse();
    DpopNonces shortLived =
        DpopNonces.builder(KEY).lifetime(Duration.ofSeconds(30)).clock(at(T0)).build();
    assertThat(shortLived.isValid(nonces(KEY, T0 - 30).issue())).isTrue();
    assertThat(shortLived.isValid(nonces(KEY, T0 - 31).issue())).isFalse();
  }

  @Test
  void aNonceFromTheFutureIsAcceptedOnlyWithinTheClockSkew() {
    assertThat(NOW.isValid(nonces(KEY, T0 + 5).issue())).isTrue();
    assertThat(NOW.isValid(nonces(KEY, T0 + 6).issue())).isFalse();
  }

  @Test
  void aNonceOfThePreviousKeyIsAcceptedAndNewOnesUseTheCurrentKey() {
    String old = DpopNonces.builder(OLD_KEY).clock(at(T0)).build().issue();
    assertThat(NOW.isValid(old)).isTrue();
    // Once the previous key is dropped, its nonces are refused.
    assertThat(DpopNonces.builder(KEY).clock(at(T0)).build().isValid(old)).isFalse();
    // Nonces are issued under the current key only.
    assertThat(DpopNonces.builder(KEY).clock(at(T0)).build().isValid(NOW.issue())).isTrue();
  }

  @Test
  void aNonceOfAnotherSecretIsRefused() {
    String foreign = DpopNonces.builder(OTHER_REPLICA_KEY).clock(at(T0)).build().issue();
    assertThat(NOW.isValid(foreign)).isFalse();
  }

  @Test
  void everyOneCharacterChangeIsRefused() {
    String nonce = NOW.issue();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    int tried = 0;
    for (int i = 0; i < nonce.length(); i++) {
      for (char c : alphabet.toCharArray()) {
        if (c != nonce.charAt(i)) {
          String tampered = nonce.substring(0, i) + c + nonce.substring(i + 1);
          assertThat(NOW.isValid(tampered)).as(tampered).isFalse();
          tried++;
        }
      }
    }
    assertThat(tried).isEqualTo(DpopNonces.LENGTH * 63);
  }

  @Test
  void malformedNoncesAreRefused() {
    String nonce = NOW.issue();
    for (String bad :
        new String[] {
          null,
          "",
          " ",
          nonce + "A",
          nonce.substring(1),
          "A".repeat(4096),
          nonce.replace(nonce.charAt(3), ' '),
          nonce.substring(0, 54) + "=",
          nonce.substring(0, 54) + "\"",
          nonce.substring(0, 54) + "\u00e9",
          nonce.substring(0, 54) + "+",
          nonce.substring(0, 54) + "/",
          "\t" + nonce.substring(1),
        }) {
      assertThat(NOW.isValid(bad)).as(String.valueOf(bad)).isFalse();
    }
  }

  @Test
  void noncesAreUrlSafeNqcharsOfFixedLengthAndDifferEverySecond() {
    Set<String> seen = new HashSet<>();
    for (long s = T0; s < T0 + 200; s++) {
      String nonce = nonces(KEY, s).issue();
      assertThat(nonce).hasSize(DpopNonces.LENGTH).matches("[A-Za-z0-9_-]+");
      assertThat(seen.add(nonce)).isTrue();
    }
  }

  @Test
  void keysAreCheckedCopiedAndNeverPrinted() {
    assertThatThrownBy(() -> DpopNonces.builder(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("\u0000");
    assertThatThrownBy(() -> DpopNonces.builder(KEY).lifetime(Duration.ofSeconds(9)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DpopNonces.builder(KEY).lifetime(Duration.ofMinutes(61)))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] key = key(7);
    DpopNonces nonces = DpopNonces.builder(key).clock(at(T0)).build();
    String nonce = nonces.issue();
    key[5] = 99; // the caller's array changes; the nonces do not
    assertThat(nonces.isValid(nonce)).isTrue();
    String printed = nonces.toString();
    assertThat(printed).isEqualTo("DpopNonces[lifetime=PT5M, keys=1]");
    assertThat(printed).doesNotContain(new String(key, StandardCharsets.ISO_8859_1));
  }

  // The proof check with nonces required.

  static final String TOKEN = DpopFixture.dpopToken(CLIENT);
  static final DpopProofVerifier VERIFIER =
      DpopProofVerifier.builder().clock(DpopFixture.CLOCK).nonces(NOW).build();

  static String proofWith(Object nonce) {
    Map<String, Object> c = claims(TOKEN);
    if (nonce != null) {
      c.put("nonce", nonce);
    }
    return proof(CLIENT, JWSAlgorithm.ES256, c);
  }

  @Test
  void aProofWithoutTheNonceIsAnsweredUseDpopNonceWithAFreshOne() {
    DpopResult result = VERIFIER.check(request(), proofWith(null), TOKEN);
    assertThat(result.isValid()).isFalse();
    assertThat(result.error()).isEqualTo("use_dpop_nonce");
    assertThat(result.description()).isEqualTo("The DPoP proof must carry the server's nonce");
    assertThat(NOW.isValid(result.nonce())).isTrue();
    // The client retries with the nonce: accepted.
    DpopResult retried = VERIFIER.check(request(), proofWith(result.nonce()), TOKEN);
    assertThat(retried.isValid()).as(retried.toString()).isTrue();
    assertThat(retried.nonce()).isNull();
  }

  @Test
  void aWrongOrStaleNonceIsAnsweredUseDpopNonce() {
    for (Object bad :
        new Object[] {"", "x", nonces(KEY, T0 - 301).issue(), 7, java.util.List.of("a")}) {
      DpopResult result = VERIFIER.check(request(), proofWith(bad), TOKEN);
      assertThat(result.error()).as(String.valueOf(bad)).isEqualTo("use_dpop_nonce");
      assertThat(result.description()).isEqualTo("The DPoP proof nonce is invalid or expired");
      assertThat(NOW.isValid(result.nonce())).isTrue();
    }
  }

  @Test
  void aProofRefusedForItsNonceUsesUpNoJti() {
    Map<String, Object> c = claims(TOKEN);
    String first = proof(CLIENT, JWSAlgorithm.ES256, c);
    DpopResult refused = VERIFIER.check(request(), first, TOKEN);
    assertThat(refused.error()).isEqualTo("use_dpop_nonce");
    c.put("nonce", refused.nonce());
    assertThat(VERIFIER.check(request(), proof(CLIENT, JWSAlgorithm.ES256, c), TOKEN).isValid())
        .isTrue();
  }

  @Test
  void otherDefectsComeBeforeTheNonceAndGetNoNonce() {
    Map<String, Object> c = claims(TOKEN);
    c.put("htm", "POST");
    DpopResult result = VERIFIER.check(request(), proof(CLIENT, JWSAlgorithm.ES256, c), TOKEN);
    assertThat(result.error()).isEqualTo("invalid_dpop_proof");
    assertThat(result.nonce()).isNull();
  }

  @Test
  void withoutNoncesConfiguredANonceClaimIsIgnored() {
    DpopProofVerifier plain = DpopProofVerifier.builder().clock(DpopFixture.CLOCK).build();
    assertThat(plain.check(request(), proofWith("anything"), TOKEN).isValid()).isTrue();
    assertThat(plain.check(request(), proofWith(null), TOKEN).isValid()).isTrue();
  }
}
