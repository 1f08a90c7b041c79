package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OpenID Connect discovery (security rules 1.5.2; OpenID Connect Discovery 1.0 section 4.3). */
class OpenIdDiscoveryTest {
  private final JwksServer server = new JwksServer().serve(Fixture.publicJwks());
  private final MutableClock clock = new MutableClock(T0);
  private final String issuer = server.origin();
  private final URI discovery = server.url(RemoteJwks.WELL_KNOWN);
  private final String token = Fixture.withClaims(c -> c.put("iss", issuer));

  @AfterEach
  void stop() {
    server.close();
  }

  private JwtVerifier.Builder builder() {
    return JwtVerifier.builder()
        .audience(AUDIENCE)
        .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
        .clock(clock)
        .jwksTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
        .openIdConnect(discovery);
  }

  @Test
  void matchingIssuerUsesTheDiscoveredJwksUri() throws Exception {
    server.discoveryDocument(issuer, server.url("/jwks"));
    JwtVerifier verifier = builder().issuer(issuer).build();

    assertThat(verifier.check(token).isValid()).isTrue();
    assertThat(verifier.check(Fixture.vj()).rejection()).contains(JwtRejection.WRONG_ISSUER);
    clock.advance(Duration.ofMinutes(5));
    assertThat(verifier.check(token).isValid()).isTrue();
    assertThat(server.discoveryFetches).hasValue(1);
    assertThat(server.jwksFetches).hasValue(2);
  }

  @Test
  void issuerIsImpliedByTheDiscoveryUrlWhenNotConfigured() throws Exception {
    server.discoveryDocument(issuer, server.url("/jwks"));
    assertThat(builder().build().check(token).isValid()).isTrue();
  }

  @Test
  void mismatchedIssuerFailsClearlyAndTheDocumentIsIgnored() {
    for (String claimed : new String[] {"https://evil.test", issuer + "/", issuer.toUpperCase()}) {
      server.discoveryDocument(claimed, server.url("/jwks"));
      JwtVerifier verifier = builder().build();
      assertThatThrownBy(verifier::preload)
          .as(claimed)
          .isInstanceOf(KeySourceUnavailableException.class)
          .hasMessageContaining("issuer is not \"" + issuer + "\"");
    }
    assertThat(server.jwksFetches).hasValue(0);
  }

  @Test
  void configuredIssuerMustMatchTheDocument() {
    server.discoveryDocument(issuer, server.url("/jwks"));
    JwtVerifier verifier = builder().issuer("https://issuer.test").build();
    assertThatThrownBy(() -> verifier.check(token))
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("https://issuer.test");
    assertThat(server.jwksFetches).hasValue(0);
  }

  @Test
  void discoveredJwksUriMustBeHttps() {
    server.discoveryDocument(issuer, URI.create("http://evil.test/jwks"));
    assertThatThrownBy(() -> builder().build().preload())
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("https");
  }

  @Test
  void discoveryDocumentWithoutJwksUriIsRefused() {
    server.discoveryDocument(issuer, server.url("/jwks"));
    JwtVerifier verifier =
        JwtVerifier.builder()
            .audience(AUDIENCE)
            .algorithms(JWSAlgorithm.RS256)
            .clock(clock)
            .jwksTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10))
            .openIdConnect(server.url("/jwks/.well-known/openid-configuration"))
            .build();
    // That URL answers the JWK set itself: a JSON object without issuer or jwks_uri.
    assertThatThrownBy(verifier::preload)
        .isInstanceOf(KeySourceUnavailableException.class)
        .hasMessageContaining("issuer");
  }
}
