package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Configuration the builder refuses (RFC 8725 section 3.1, ASVS 9.1.2, 9.1.3) and HMAC use. */
class JwtVerifierBuilderTest {
  private static final URI JWKS = URI.create("https://issuer.test/jwks.json");

  private static OctetSequenceKey secret(int bits, String kid) throws Exception {
    return new OctetSequenceKeyGenerator(bits).keyID(kid).generate();
  }

  /**
   * Issue 21: the project's rule 1.5.3, not 2 s / 5 s, so a stalling provider cannot pin threads.
   */
  @Test
  void jwksFetchTimeoutsDefaultTo500MillisecondsEachAndAreBounded() {
    assertThat(JwtVerifier.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofMillis(500));
    assertThat(JwtVerifier.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofMillis(500));
    assertThat(JwtVerifier.JWKS_RATE_LIMIT).isEqualTo(Duration.ofSeconds(30));
    assertThatThrownBy(
            () -> JwtVerifier.builder().jwksTimeouts(Duration.ZERO, Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> JwtVerifier.builder().jwksTimeouts(Duration.ofMillis(500), Duration.ofMinutes(2)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Configured keys make a check signature and claim work alone, which a reactive adapter may run
   * on an event loop; a JWK set or discovery URL may fetch, so its checks may block.
   */
  @Test
  void onlyAVerifierThatMayFetchItsKeysMayBlock() {
    JwtVerifier configured = Fixture.verifier().build();
    JwtVerifier fetching = Fixture.base().jwksUrl(JWKS).build();
    JwtVerifier discovering =
        Fixture.base()
            .openIdConnect(URI.create(Fixture.ISSUER + "/.well-known/openid-configuration"))
            .build();

    assertThat(configured.mayBlock()).isFalse();
    assertThat(Fixture.verifier().verifiedTokenCache(10, Duration.ofMinutes(1)).build().mayBlock())
        .isFalse();
    assertThat(
            Fixture.verifier()
                .verifiedTokenCache(VerifiedTokenCache.INLINE_ENTRIES + 1, Duration.ofMinutes(1))
                .build()
                .mayBlock())
        .as("a cache whose eviction scan is too long for an event loop")
        .isTrue();
    assertThat(fetching.mayBlock()).isTrue();
    assertThat(discovering.mayBlock()).isTrue();
    assertThat(MultiIssuerJwtVerifier.of(configured).mayBlock()).isFalse();
    JwtVerifier otherFetching = Fixture.base().issuer("https://other.test").jwksUrl(JWKS).build();
    assertThat(MultiIssuerJwtVerifier.of(configured, otherFetching).mayBlock())
        .as("one issuer's keys are fetched")
        .isTrue();
    assertThat(
            Fixture.verifier()
                .verifiedTokenCache(VerifiedTokenCache.INLINE_ENTRIES, Duration.ofMinutes(1))
                .build()
                .mayBlock())
        .isFalse();
  }

  @Test
  void algorithmsAreRequiredAndNoneIsNeverAccepted() {
    assertThatThrownBy(
            () ->
                JwtVerifier.builder()
                    .issuer(ISSUER)
                    .audience(AUDIENCE)
                    .keys(Fixture.publicJwks())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("algorithms(");
    assertThatThrownBy(() -> JwtVerifier.builder().algorithms(new JWSAlgorithm("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"none\"");
    assertThatThrownBy(() -> JwtVerifier.builder().algorithms(JWSAlgorithm.EdDSA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JwtVerifier.builder().algorithms(JWSAlgorithm.ES256K))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void symmetricAndAsymmetricAlgorithmsAreNeverMixed() throws Exception {
    JWKSet keys = new JWKSet(java.util.List.of(Fixture.RSA.toPublicJWK(), secret(256, "h")));
    assertThatThrownBy(
            () ->
                Fixture.base()
                    .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.HS256)
                    .keys(keys)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("mix");
  }

  @Test
  void hmacNeedsLocalSecretsOfAtLeastTheHashLength() throws Exception {
    assertThatThrownBy(() -> Fixture.base().algorithms(JWSAlgorithm.HS256).jwksUrl(JWKS).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("keys(...)");
    OctetSequenceKey short128 = new OctetSequenceKey.Builder(new byte[16]).keyID("s").build();
    assertThatThrownBy(
            () -> Fixture.base().algorithms(JWSAlgorithm.HS256).keys(new JWKSet(short128)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("256 bits");
    assertThatThrownBy(
            () ->
                Fixture.base()
                    .algorithms(JWSAlgorithm.HS512)
                    .keys(new JWKSet(secret(256, "s")))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HS512");
    // The RSA public key is not a secret (key confusion, CVE-2015-9235).
    assertThatThrownBy(
            () ->
                Fixture.base()
                    .algorithms(JWSAlgorithm.HS256)
                    .keys(new JWKSet(Fixture.RSA.toPublicJWK()))
                    .build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void hmacTokensVerifyWithAConfiguredSecret() throws Exception {
    OctetSequenceKey key = secret(256, "hmac-1");
    JwtVerifier verifier =
        Fixture.base().algorithms(JWSAlgorithm.HS256).keys(new JWKSet(key)).build();
    String token =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("hmac-1").build(),
            Fixture.claims().build(),
            key);
    String forged =
        Fixture.sign(
            new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("hmac-1").build(),
            Fixture.claims().build(),
            secret(256, "hmac-1"));

    assertThat(verifier.check(token).isValid()).isTrue();
    assertThat(verifier.check(forged).rejection()).contains(JwtRejection.BAD_SIGNATURE);
    assertThat(verifier.check(Fixture.vj()).rejection())
        .contains(JwtRejection.DISALLOWED_ALGORITHM);
  }

  @Test
  void staticKeysMustBePublicStrongAndFitTheAlgorithms() throws Exception {
    assertThatThrownBy(
            () ->
                Fixture.base().keys(new JWKSet(java.util.List.of(Fixture.RSA, Fixture.EC))).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("toPublicJWKSet");
    RSAKey weak = new RSAKeyGenerator(1024, true).keyID("weak").generate().toPublicJWK();
    assertThatThrownBy(
            () -> Fixture.base().algorithms(JWSAlgorithm.RS256).keys(new JWKSet(weak)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2048");
    assertThatThrownBy(() -> Fixture.base().keys(new JWKSet(Fixture.RSA.toPublicJWK())).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ES256");
  }

  @Test
  void exactlyOneKeySource() {
    assertThatThrownBy(() -> Fixture.base().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("key source");
    assertThatThrownBy(() -> Fixture.verifier().jwksUrl(JWKS))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already");
    assertThatThrownBy(
            () ->
                Fixture.base()
                    .jwksUrl(JWKS)
                    .openIdConnect(
                        URI.create("https://issuer.test/.well-known/openid-configuration")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void remoteKeysNeedHttpsExceptOnLoopback() {
    for (String url :
        new String[] {
          "http://issuer.test/jwks",
          "ftp://issuer.test/jwks",
          "/jwks",
          "https://user:pw@issuer.test/jwks",
          "https://issuer.test/jwks#x",
          "http://127.0.0.1.evil.test/jwks"
        }) {
      assertThatThrownBy(() -> Fixture.base().jwksUrl(URI.create(url)))
          .as(url)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String url :
        new String[] {
          "http://127.0.0.1:8080/jwks",
          "http://localhost/jwks",
          "http://[::1]:9/jwks",
          JWKS.toString()
        }) {
      assertThat(Fixture.base().jwksUrl(URI.create(url)).build()).as(url).isNotNull();
    }
  }

  @Test
  void issuerAudienceAndBoundsAreChecked() {
    assertThatThrownBy(
            () ->
                JwtVerifier.builder()
                    .audience(AUDIENCE)
                    .algorithms(JWSAlgorithm.RS256)
                    .jwksUrl(JWKS)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("issuer(");
    assertThatThrownBy(
            () ->
                JwtVerifier.builder()
                    .issuer(ISSUER)
                    .algorithms(JWSAlgorithm.RS256)
                    .jwksUrl(JWKS)
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("audience(");
    assertThatThrownBy(() -> JwtVerifier.builder().issuer(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixture.base().clockSkew(Duration.ofMinutes(6)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixture.base().clockSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixture.base().jwksCacheTtl(Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixture.base().maxTokenLength(1 << 20))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fixture.base().scopeClaim(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Fixture.base().clockSkew(Duration.ofMinutes(5)).jwksUrl(JWKS).build()).isNotNull();
  }

  @Test
  void openIdConnectWithoutIssuerNeedsTheWellKnownSuffix() {
    assertThatThrownBy(
            () ->
                JwtVerifier.builder()
                    .audience(AUDIENCE)
                    .algorithms(JWSAlgorithm.RS256)
                    .openIdConnect(URI.create("https://issuer.test/oidc-config"))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("issuer(");
    assertThat(
            JwtVerifier.builder()
                .audience(AUDIENCE)
                .algorithms(JWSAlgorithm.RS256)
                .openIdConnect(URI.create("https://issuer.test/.well-known/openid-configuration"))
                .build())
        .isNotNull();
  }

  @Test
  void rejectionDescriptionsFitErrorDescription() {
    for (JwtRejection rejection : JwtRejection.values()) {
      assertThat(rejection.description())
          .isNotEmpty()
          .matches("[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }
  }
}
