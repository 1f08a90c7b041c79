package dev.gatehouse.runtime.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5 (security rules 1.10, ASVS 16.2.5) for the JWT verifiers: their {@code
 * toString()}, their builders' and the messages of their exceptions never contain a client secret
 * or a token. (Checks of issued tokens are in gatehouse-token-endpoint's {@code NoSecretsTest}.)
 */
class NoSecretsTest {

  static RSAKey key;
  static JwtVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    verifier =
        JwtVerifier.builder()
            .issuer("urn:test")
            .audience("urn:test:api")
            .algorithms(JWSAlgorithm.RS256)
            .keys(new JWKSet(key.toPublicJWK()))
            .requireAccessTokenType(false)
            .build();
  }

  /** Asserts that none of {@code texts} contains any of {@code secrets}. */
  static void assertNoSecret(List<String> texts, String... secrets) {
    for (String text : texts) {
      for (String secret : secrets) {
        assertThat(text).as("toString/message").doesNotContain(secret);
      }
    }
  }

  @Test
  void verifier() {
    assertNoSecret(List.of(verifier.toString()), key.getPrivateExponent().toString());
  }

  @Test
  void introspectionAndSeveralIssuers() {
    String secret = "introspection-Secret-0123456789";
    String token = "opaque-Token-0123456789";
    IntrospectionVerifier.Builder builder =
        IntrospectionVerifier.builder()
            // Port 9 on loopback: nothing listens, so the call fails at once.
            .endpoint(java.net.URI.create("http://127.0.0.1:9/introspect"))
            .clientCredentials("rs", secret)
            .issuer("urn:test")
            .audience("urn:test:api");
    IntrospectionVerifier introspection = builder.build();
    IntrospectionUnavailableException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            IntrospectionUnavailableException.class, () -> introspection.check(token));
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(("rs:" + secret).getBytes(StandardCharsets.UTF_8));
    assertNoSecret(
        List.of(
            introspection.toString(),
            builder.toString(),
            failure.getMessage(),
            String.valueOf(failure.getCause()),
            MultiIssuerJwtVerifier.of(verifier).toString()),
        secret,
        token,
        basic);
  }

  @Test
  void verifiedClaimsAreNeverPrintedWhole() throws Exception {
    long now = System.currentTimeMillis() / 1000;
    com.nimbusds.jwt.SignedJWT jwt =
        new com.nimbusds.jwt.SignedJWT(
            new com.nimbusds.jose.JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
            new com.nimbusds.jwt.JWTClaimsSet.Builder()
                .issuer("urn:test")
                .audience("urn:test:api")
                .subject("alice")
                .expirationTime(new java.util.Date((now + 300) * 1000))
                .claim("email", "alice-Private@example.com")
                .claim("scope", "items")
                .build());
    jwt.sign(new com.nimbusds.jose.crypto.RSASSASigner(key));
    String token = jwt.serialize();
    dev.gatehouse.runtime.Verification granted =
        verifier.verify(
            new dev.gatehouse.runtime.BearerToken(
                token, dev.gatehouse.runtime.BearerToken.Transport.HEADER));
    VerifiedJwt claims = (VerifiedJwt) granted.principalObject();
    assertThat(claims.stringClaim("email")).contains("alice-Private@example.com");
    assertThat(claims.subject()).contains("alice");
    org.junit.jupiter.api.Assertions.assertThrows(
        UnsupportedOperationException.class, () -> claims.claims().put("email", "x"));
    dev.gatehouse.runtime.Authentication who =
        new dev.gatehouse.runtime.Authentication(
            "alice", "HTTPBearer", granted.scopes(), java.util.Set.of("items"), claims);
    assertNoSecret(
        List.of(
            claims.toString(),
            granted.toString(),
            who.toString(),
            dev.gatehouse.runtime.Caller.of(List.of(who)).toString()),
        "alice-Private@example.com",
        token,
        token.substring(token.lastIndexOf('.') + 1));
  }
}
