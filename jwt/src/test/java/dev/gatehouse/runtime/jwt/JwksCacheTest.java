package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.gatehouse.runtime.BearerToken;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JWKS cache against a loopback server (security rules 1.5): caching, refresh-ahead, rotation,
 * unknown-kid floods, outages, redirects and size caps. Time moves only through {@link
 * MutableClock}; nothing sleeps.
 */
class JwksCacheTest {
  private final JwksServer server = new JwksServer().serve(Fixture.publicJwks());
  private final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void stop() {
    server.close();
  }

  private JwtVerifier verifier(String path) {
    return Fixture.base().clock(clock).jwksUrl(server.url(path)).build();
  }

  /** VJ-like, valid for a day, so that long outages can be simulated. */
  private static String token(String kid, JWK key) {
    return Fixture.sign(
        new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
        Fixture.claims().expirationTime(new Date((T0 + 86_400) * 1000)).build(),
        key);
  }

  private static final String VJ = token("rsa-1", Fixture.RSA);

  @Test
  void manyVerificationsCostOneFetch() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    for (int i = 0; i < 100; i++) {
      assertThat(verifier.check(VJ).isValid()).isTrue();
    }
    assertThat(server.jwksFetches).hasValue(1);
  }

  @Test
  void expiredKeysAreFetchedAgainOnce() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.check(VJ);
    clock.advance(Duration.ofMinutes(5));
    for (int i = 0; i < 10; i++) {
      assertThat(verifier.check(VJ).isValid()).isTrue();
    }
    assertThat(server.jwksFetches).hasValue(2);
  }

  @Test
  void keysAreRefreshedAheadOfExpiryWithoutMakingTheCallerWait() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.check(VJ);
    clock.advance(Duration.ofSeconds(271)); // inside the last 30 s of the 5 min TTL
    assertThat(verifier.check(VJ).isValid()).isTrue();
    ((CachingKeySource) verifier.keySource()).awaitRefresh();
    assertThat(server.jwksFetches).hasValue(2);

    clock.advance(Duration.ofSeconds(60)); // past the first expiry, not the refreshed one
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(2);
  }

  @Test
  void rotatedKeyCausesExactlyOneRefreshThenIsAccepted() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.check(VJ);
    RSAKey rotated = Fixture.rsa("rsa-2");
    server.serve(new JWKSet(List.of(Fixture.RSA, rotated, Fixture.EC)).toPublicJWKSet());
    String next = token("rsa-2", rotated);

    // Within 30 s of the last fetch the rate limit holds: refused, no fetch.
    assertThat(verifier.check(next).rejection()).contains(JwtRejection.UNKNOWN_KEY);
    assertThat(server.jwksFetches).hasValue(1);

    clock.advance(Duration.ofSeconds(30));
    assertThat(verifier.check(next).isValid()).isTrue();
    assertThat(verifier.check(next).isValid()).isTrue();
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(2);
  }

  @Test
  void unknownKidFloodCausesAtMostOneFetchPerWindow() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.check(VJ);
    clock.advance(Duration.ofSeconds(31));
    RSAKey attacker = Fixture.rsa("x");
    for (int i = 0; i < 1_000; i++) {
      String kid = UUID.randomUUID().toString();
      String header = "{\"alg\":\"RS256\",\"kid\":\"" + kid + "\"}";
      String flood = Fixture.signRaw(header, Fixture.vjPayload(), JWSAlgorithm.RS256, attacker);
      assertThat(verifier.check(flood).rejection()).contains(JwtRejection.UNKNOWN_KEY);
    }
    assertThat(server.jwksFetches).hasValue(2);
    assertThat(verifier.check(VJ).isValid()).isTrue();
  }

  @Test
  void concurrentCallersShareOneFetch() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    CountDownLatch release = server.hold();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Future<JwtCheck>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> verifier.check(VJ)));
      }
      assertThat(server.waiting.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      release.countDown();
      for (Future<JwtCheck> result : results) {
        assertThat(result.get().isValid()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.jwksFetches).hasValue(1);
  }

  @Test
  void outageAfterAGoodFetchKeepsTheCachedKeysUpToTheTolerance() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    assertThat(verifier.check(VJ).isValid()).isTrue();
    server.failWith(500);

    clock.advance(Duration.ofMinutes(6));
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(2);
    clock.advance(Duration.ofSeconds(10));
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(2); // rate-limited, still on the cached keys

    clock.advance(Duration.ofMinutes(50)); // past TTL + 10 x TTL
    assertThatThrownBy(() -> verifier.check(VJ))
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("outage tolerance");

    server.serve(Fixture.publicJwks());
    clock.advance(Duration.ofSeconds(30));
    assertThat(verifier.check(VJ).isValid()).isTrue();
  }

  @Test
  void malformedOrEmptyRefreshesKeepTheLastGoodKeys() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.check(VJ);
    for (String body : List.of("not json", "{\"keys\":[]}", "{\"keys\":\"x\"}", "[]")) {
      server.serveText(body, "application/json");
      clock.advance(Duration.ofMinutes(5));
      assertThat(verifier.check(VJ).isValid()).as(body).isTrue();
    }
    assertThat(server.jwksFetches).hasValue(5);
  }

  @Test
  void outageFromTheStartRaisesKeySourceUnavailableWithoutAFetchStorm() throws Exception {
    server.failWith(503);
    JwtVerifier verifier = verifier("/jwks");

    assertThatThrownBy(() -> verifier.check(VJ))
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("were ever obtained")
        .hasMessageContaining("HTTP 503")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(VJ.substring(0, 30)))
        .satisfies(
            e ->
                assertThat(((KeySourceUnavailableException) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(30)));
    BearerToken bearer = new BearerToken(VJ, BearerToken.Transport.HEADER);
    for (int i = 0; i < 100; i++) {
      assertThatThrownBy(() -> verifier.verify(bearer))
          .isInstanceOf(KeySourceUnavailableException.class);
    }
    assertThat(server.jwksFetches).hasValue(1);

    clock.advance(Duration.ofSeconds(20));
    assertThatThrownBy(() -> verifier.check(VJ))
        .isInstanceOf(KeySourceUnavailableException.class)
        .satisfies(
            e ->
                assertThat(((KeySourceUnavailableException) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(10)));

    server.serve(Fixture.publicJwks());
    clock.advance(Duration.ofSeconds(10));
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(2);
  }

  @Test
  void unreachableKeySourceRaisesKeySourceUnavailable() throws Exception {
    URI closed = server.url("/jwks");
    server.close();
    JwtVerifier verifier = Fixture.base().clock(clock).jwksUrl(closed).build();
    assertThatThrownBy(verifier::preload)
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("could not be reached");
  }

  @Test
  void redirectsAreNotFollowed() throws Exception {
    JwtVerifier verifier = verifier("/redirect");
    assertThatThrownBy(() -> verifier.check(VJ))
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("redirects are not followed");
    assertThat(server.redirects).hasValue(1);
    assertThat(server.jwksFetches).hasValue(0);
  }

  @Test
  void oversizedKeySetsAreRefusedWithOrWithoutContentLength() throws Exception {
    String padded =
        "{\"keys\":"
            + JSONObjectUtils.toJSONString(Fixture.publicJwks().toJSONObject(true))
                .substring(8)
                .replace("]}", "]")
            + ",\"pad\":\""
            + "x".repeat(JwtVerifier.MAX_JWKS_BYTES)
            + "\"}";
    for (boolean chunked : new boolean[] {false, true}) {
      server.serveText(padded, "application/json").chunked(chunked);
      JwtVerifier verifier = verifier("/jwks");
      assertThatThrownBy(() -> verifier.check(VJ))
          .as("chunked " + chunked)
          .isInstanceOf(KeySourceUnavailableException.class)
          .hasMessageContaining("larger than");
    }
  }

  @Test
  void keySetsThatAreNotJsonAreRefused() throws Exception {
    server.serveText(
        JSONObjectUtils.toJSONString(Fixture.publicJwks().toJSONObject(true)), "text/html");
    assertThatThrownBy(() -> verifier("/jwks").check(VJ))
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("Content-Type");
    server.serveText(
        JSONObjectUtils.toJSONString(Fixture.publicJwks().toJSONObject(true)),
        "application/jwk-set+json");
    assertThat(verifier("/jwks").check(VJ).isValid()).isTrue();
  }

  @Test
  void privateWeakSymmetricAndEncryptionKeysInAJwksAreNotUsed() throws Exception {
    RSAKey weak = new RSAKeyGenerator(1024, true).keyID("weak").generate();
    RSAKey enc =
        new RSAKey.Builder(Fixture.rsa("enc").toPublicJWK())
            .keyUse(com.nimbusds.jose.jwk.KeyUse.ENCRYPTION)
            .build();
    JWKSet set =
        new JWKSet(
            List.of(
                Fixture.RSA,
                weak.toPublicJWK(),
                enc,
                Fixture.EC.toPublicJWK(),
                new OctetSequenceKeyGenerator(256).keyID("hmac").generate()));
    server.serveText(JSONObjectUtils.toJSONString(set.toJSONObject(false)), "application/json");
    JwtVerifier verifier = verifier("/jwks");

    String es256 =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build(),
            Fixture.claims().build(),
            Fixture.EC);
    assertThat(verifier.check(es256).isValid()).isTrue();
    assertThat(verifier.check(VJ).rejection()).contains(JwtRejection.UNKNOWN_KEY);
    assertThat(verifier.check(token("weak", Fixture.RSA)).rejection())
        .contains(JwtRejection.UNKNOWN_KEY);
  }

  @Test
  void refusedTokensNeverCauseAFetch() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    String jku =
        Fixture.withHeader(
            "{\"alg\":\"RS256\",\"kid\":\"rsa-9\",\"jku\":\"" + server.url("/jwks") + "\"}");
    for (String token :
        List.of(
            "garbage",
            "a.b.c",
            jku,
            Fixture.withHeader("{\"alg\":\"none\"}"),
            Fixture.withHeader("{\"alg\":\"HS256\",\"kid\":\"rsa-9\"}"),
            "x".repeat(9000))) {
      assertThat(verifier.check(token).isValid()).isFalse();
    }
    assertThat(server.jwksFetches).hasValue(0);
  }

  @Test
  void preloadFetchesOnceAtStartUp() throws Exception {
    JwtVerifier verifier = verifier("/jwks");
    verifier.preload();
    assertThat(verifier.check(VJ).isValid()).isTrue();
    assertThat(server.jwksFetches).hasValue(1);
  }
}
