package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Fuzzes the JWKS key source, {@link CachingKeySource}, with arbitrary fetched documents (security
 * rules 1.5.3-1.5.6): the answer is a non-empty key ring of public signature keys the rules allow,
 * or {@link KeySourceUnavailableException} with a fixed-vocabulary message that never echoes the
 * document; one bad entry never spoils the set (a fetch that succeeded is never reported as
 * unreachable); and a bad refresh never drops the last good keys.
 *
 * <p>Input: the document's octets, decoded as UTF-8 as the fetcher does.
 */
class JwksFuzzTest {
  private static final String SOURCE = "https://issuer.test/jwks";
  private static final String PREFIX =
      "No JWT verification keys were ever obtained from " + SOURCE + ": ";
  private static final Set<String> REASONS =
      Set.of(
          "the JWK set has no \"keys\" array",
          "the JWK set is not a JSON object with a \"keys\" array",
          "the JWK set holds no usable signature verification key");
  private static final List<JWSAlgorithm> ALGORITHMS =
      List.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.HS256,
          JWSAlgorithm.HS384,
          JWSAlgorithm.HS512,
          JWSAlgorithm.EdDSA);
  private static final String GOOD_SET;

  /** Held so the level sticks: every malformed document would otherwise log a warning. */
  private static final Logger QUIET = Logger.getLogger(CachingKeySource.class.getName());

  static {
    QUIET.setLevel(Level.OFF);
    try {
      ECKey key =
          ECKey.parse(
              "{\"kty\":\"EC\",\"crv\":\"P-256\",\"kid\":\"ec-fuzz\",\"use\":\"sig\","
                  + "\"x\":\"KD2KZnv1FTcw1Ta0nSGB9UtdjZ_-1DmX_vhwF4MnAHY\","
                  + "\"y\":\"zu0DUgAeOBMewe5m35_htRSMAnx1tXJTvtFREd5yhh8\"}");
      GOOD_SET = new JWKSet(key).toString();
    } catch (ParseException e) {
      throw new AssertionError(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void jwksDocument(byte[] input) throws Exception {
    String document = new String(input, StandardCharsets.UTF_8);

    KeyRing fresh = firstLoad(document);
    KeyRing again = firstLoad(document);
    assertThat(again == null).as("deterministic").isEqualTo(fresh == null);
    if (fresh != null) {
      assertThat(again.size()).isEqualTo(fresh.size());
      assertThat(fresh.isEmpty()).isFalse();
      for (JWSAlgorithm algorithm : ALGORITHMS) {
        for (KeyRing.Key key : fresh.candidates(algorithm, null)) {
          assertThat(KeyRing.problem(key.jwk(), false)).isNull();
          assertThat(key.jwk().isPrivate()).isFalse();
          assertThat(JWSAlgorithm.Family.HMAC_SHA.contains(algorithm)).isFalse();
        }
      }
    }

    // A good set first, then the document as a refresh after the cache expired.
    MutableClock clock = new MutableClock(1_700_000_000L);
    AtomicReference<String> served = new AtomicReference<>(GOOD_SET);
    CachingKeySource source = source(served, clock);
    KeyRing good = source.keys();
    assertThat(good.size()).isEqualTo(1);
    served.set(document);
    clock.advance(Duration.ofMinutes(6));
    KeyRing after = source.keys();
    if (fresh == null) {
      assertThat(after).as("a bad refresh keeps the last good keys").isSameAs(good);
    } else {
      assertThat(after).isNotSameAs(good);
      assertThat(after.size()).isEqualTo(fresh.size());
    }
  }

  /** The ring from a first fetch of {@code document}, or null after checking the refusal. */
  private static KeyRing firstLoad(String document) {
    CachingKeySource source =
        source(new AtomicReference<>(document), new MutableClock(1_700_000_000L));
    try {
      return source.keys();
    } catch (KeySourceUnavailableException e) {
      assertThat(e.getMessage()).startsWith(PREFIX);
      assertThat(e.getMessage().substring(PREFIX.length())).isIn(REASONS);
      return null;
    }
  }

  private static CachingKeySource source(AtomicReference<String> served, MutableClock clock) {
    return new CachingKeySource(
        () -> CompletableFuture.completedFuture(served.get()),
        SOURCE,
        clock,
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        Duration.ofMinutes(50),
        Duration.ofSeconds(5));
  }
}
