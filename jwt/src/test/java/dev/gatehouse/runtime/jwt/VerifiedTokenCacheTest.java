package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 19 item 2: the opt-in verified-token cache. A repeated token is answered from the cache
 * (the same result object, no signature check); a token one bit away is a miss and gets the full
 * check; an entry never outlives the token's exp minus the skew, the configured maximum age, or the
 * key that verified it; the cache never grows past its bound. Time moves only through {@link
 * MutableClock}.
 */
class VerifiedTokenCacheTest {
  private final JwksServer server = new JwksServer().serve(Fixture.publicJwks());
  private final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void stop() {
    server.close();
  }

  private JwtVerifier cached(int entries, Duration maxAge) {
    return Fixture.base()
        .clock(clock)
        .jwksUrl(server.url("/jwks"))
        .verifiedTokenCache(entries, maxAge)
        .build();
  }

  /** Valid from T0 for {@code lifetime} seconds, signed by {@code key}. */
  private static String token(String subject, long lifetime, String kid, JWK key) {
    return Fixture.sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
        Fixture.claims().subject(subject).expirationTime(new Date((T0 + lifetime) * 1000)).build(),
        key);
  }

  @Test
  void aRepeatedTokenIsAnsweredFromTheCache() throws Exception {
    JwtVerifier verifier = cached(100, Duration.ofHours(1));
    String token = token("alice", 3600, "rsa-1", Fixture.RSA);
    JwtCheck first = verifier.check(token);
    assertThat(first.isValid()).isTrue();
    assertThat(verifier.check(token)).isSameAs(first);
    assertThat(
            verifier
                .verify(
                    new dev.gatehouse.runtime.BearerToken(
                        token, dev.gatehouse.runtime.BearerToken.Transport.HEADER))
                .principal())
        .isEqualTo("alice");
  }

  @Test
  void withoutTheCacheEveryCheckIsAFullOne() throws Exception {
    JwtVerifier verifier = Fixture.base().clock(clock).jwksUrl(server.url("/jwks")).build();
    String token = token("alice", 3600, "rsa-1", Fixture.RSA);
    assertThat(verifier.check(token)).isNotSameAs(verifier.check(token));
  }

  @Test
  void aTokenOneBitAwayIsAMissAndIsRefused() throws Exception {
    JwtVerifier verifier = cached(100, Duration.ofHours(1));
    String token = token("alice", 3600, "rsa-1", Fixture.RSA);
    assertThat(verifier.check(token).isValid()).isTrue();
    int at = token.lastIndexOf('.') + 5; // inside the signature
    char flipped = (char) (token.charAt(at) ^ 1);
    String tampered = token.substring(0, at) + flipped + token.substring(at + 1);
    JwtCheck check = verifier.check(tampered);
    assertThat(check.isValid()).isFalse();
    assertThat(check.rejection()).isPresent();
    // Nor does the refusal evict or poison the genuine entry.
    assertThat(verifier.check(token).isValid()).isTrue();
  }

  @Test
  void anEntryExpiresAtTheTokensExpMinusTheSkew() throws Exception {
    JwtVerifier verifier = cached(100, Duration.ofDays(1));
    String token = token("alice", 600, "rsa-1", Fixture.RSA); // exp = T0 + 600, skew 60 s
    JwtCheck first = verifier.check(token);
    clock.advance(Duration.ofSeconds(539));
    assertThat(verifier.check(token)).isSameAs(first);
    clock.advance(Duration.ofSeconds(1)); // exp - skew: the cache lets go
    JwtCheck again = verifier.check(token);
    assertThat(again).isNotSameAs(first);
    assertThat(again.isValid()).isTrue(); // the full check still allows the skew
    clock.advance(Duration.ofSeconds(121)); // past exp + skew
    assertThat(verifier.check(token).rejection()).contains(JwtRejection.EXPIRED);
  }

  @Test
  void anEntryNeverOutlivesTheConfiguredMaximumAge() throws Exception {
    JwtVerifier verifier = cached(100, Duration.ofSeconds(30));
    String token = token("alice", 3600, "rsa-1", Fixture.RSA);
    JwtCheck first = verifier.check(token);
    clock.advance(Duration.ofSeconds(29));
    assertThat(verifier.check(token)).isSameAs(first);
    clock.advance(Duration.ofSeconds(1));
    assertThat(verifier.check(token)).isNotSameAs(first);
  }

  @Test
  void aKeyWithdrawnFromTheJwksTakesItsCachedTokensWithIt() throws Exception {
    RSAKey next = Fixture.rsa("rsa-2");
    JwtVerifier verifier = cached(100, Duration.ofDays(1));
    String token = token("alice", 86_400, "rsa-1", Fixture.RSA);
    JwtCheck first = verifier.check(token);
    assertThat(verifier.check(token)).isSameAs(first);

    // The issuer rotates: rsa-1 leaves the JWKS. At the next refresh the cached token goes too.
    server.serve(new JWKSet(List.of(next.toPublicJWK())));
    clock.advance(Duration.ofMinutes(5)); // the JWKS cache TTL
    JwtCheck after = verifier.check(token);
    assertThat(after.isValid()).isFalse();
    assertThat(after.rejection()).contains(JwtRejection.UNKNOWN_KEY);
    assertThat(verifier.check(token(("bob"), 86_400, "rsa-2", next)).isValid()).isTrue();
  }

  @Test
  void theCacheStaysWithinItsBound() throws Exception {
    JwtVerifier verifier = cached(8, Duration.ofHours(1));
    VerifiedTokenCache cache = cacheOf(verifier);
    for (int i = 0; i < 50; i++) {
      assertThat(verifier.check(token("user" + i, 3600, "rsa-1", Fixture.RSA)).isValid()).isTrue();
      assertThat(cache.size()).isLessThanOrEqualTo(8);
    }
    assertThat(cache.size()).isPositive();
  }

  @Test
  void refusedTokensAreNeverCached() throws Exception {
    JwtVerifier verifier = cached(8, Duration.ofHours(1));
    String expired = token("alice", -3600, "rsa-1", Fixture.RSA);
    assertThat(verifier.check(expired).isValid()).isFalse();
    assertThat(verifier.check("not.a.token").isValid()).isFalse();
    assertThat(cacheOf(verifier).size()).isZero();
  }

  @Test
  void theBuilderRefusesNonsenseBounds() {
    assertThatThrownBy(() -> Fixture.base().verifiedTokenCache(0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxEntries");
    assertThatThrownBy(() -> Fixture.base().verifiedTokenCache(10, Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cache maxAge");
  }

  private static VerifiedTokenCache cacheOf(JwtVerifier verifier) {
    return verifier.cache();
  }
}
