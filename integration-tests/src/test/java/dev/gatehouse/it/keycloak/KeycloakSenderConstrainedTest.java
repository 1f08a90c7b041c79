package dev.gatehouse.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DPoPProofFactory;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import dev.gatehouse.runtime.ClientCertificates;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sender-constrained tokens issued by a real Keycloak, against operations declared with {@code
 * tokenBinding = DPOP} and {@code MTLS} ({@link KeycloakSchemes}): DPoP-bound tokens of the client
 * {@code gatehouse-dpop}, whose proofs the Nimbus OAuth 2.0 SDK's {@code DPoPProofFactory} makes
 * (not Gatehouse's code), and tokens bound to the TLS client certificate of {@code gatehouse-mtls},
 * obtained from Keycloak's HTTPS listener with a certificate of the test CA ({@link TestPki}). Each
 * case runs on two adapters ({@link BoundApi}): DPoP on Jersey over HTTP and the Servlet filter
 * over TLS, certificates on the JDK {@code HttpsServer} and the Servlet filter, both over TLS.
 */
class KeycloakSenderConstrainedTest {
  private static final String REALM = "Gatehouse integration tests";
  private static final String ALGS =
      "algs=\"ES256 ES384 ES512 PS256 PS384 PS512 RS256 RS384 RS512\"";
  private static final String DPOP_ITEMS = "/keycloak/dpop/items";
  private static final String MTLS_ITEMS = "/keycloak/mtls/items";

  private static KeycloakServer keycloak;
  private static TestPki pki;
  private static BoundApi api;

  @BeforeAll
  static void start() {
    keycloak = KeycloakServer.shared();
    pki = TestPki.shared();
    api = BoundApi.start(pki);
  }

  @AfterAll
  static void stop() {
    if (api != null) {
      api.close();
    }
  }

  /** The DPoP cases on Jersey over HTTP. */
  @Nested
  class DpopOnJersey extends Dpop {
    DpopOnJersey() {
      super(
          api.http(DPOP_ITEMS),
          HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }
  }

  /** The DPoP cases on the Servlet filter, Jetty over TLS: {@code htu} names an https URL. */
  @Nested
  class DpopOnServletOverTls extends Dpop {
    DpopOnServletOverTls() {
      super(api.servlet(DPOP_ITEMS), BoundApi.tlsClient(pki, null));
    }
  }

  /** The certificate-bound cases on the JDK {@code HttpsServer} adapter. */
  @Nested
  class CertificateBoundOnJdkHttpsServer extends CertificateBound {
    CertificateBoundOnJdkHttpsServer() {
      super(api.https(MTLS_ITEMS));
    }
  }

  /** The certificate-bound cases on the Servlet filter, Jetty over TLS. */
  @Nested
  class CertificateBoundOnServlet extends CertificateBound {
    CertificateBoundOnServlet() {
      super(api.servlet(MTLS_ITEMS));
    }
  }

  /** DPoP-bound tokens from Keycloak's token endpoint, presented with fresh and tampered proofs. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class Dpop {
    private final HttpClient http;
    private final ECKey key = ec();
    private final DPoPProofFactory proofs = factory(key);
    private final URI items;
    private String token;

    Dpop(URI items, HttpClient http) {
      this.items = items;
      this.http = http;
    }

    @BeforeAll
    void obtainToken() throws Exception {
      token = dpopToken(proofs);
    }

    @Test
    void keycloakBindsTheTokenToTheProofKey() throws Exception {
      JsonNode claims = Tokens.claims(token);
      assertThat(claims.path("cnf").path("jkt").asText())
          .isEqualTo(key.computeThumbprint().toString());
      assertThat(claims.path("azp").asText()).isEqualTo(Tokens.DPOP_CLIENT);
      // The client is configured to require DPoP: without a proof Keycloak issues nothing.
      HttpResponse<String> refused =
          Tokens.clientCredentialsWithProof(Tokens.DPOP_CLIENT, Tokens.DPOP_CLIENT_SECRET, null);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    }

    @Test
    void aFreshProofOfTheTokensKeyIsLetIn() throws Exception {
      HttpResponse<String> response = send("DPoP " + token, proof(proofs, "GET", items, token));

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body())
          .isEqualTo(
              "{\"operation\":\"dpopItems\",\"user\":\""
                  + Tokens.claims(token).path("sub").asText()
                  + "\",\"scheme\":\"KeycloakDpop\"}");
      assertThat(response.headers().allValues("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aProofByAnotherKeyIsAnInvalidToken() throws Exception {
      String proof = proof(factory(ec()), "GET", items, token);

      assertRefused(
          send("DPoP " + token, proof),
          "invalid_token",
          "The DPoP proof key does not match the access token");
    }

    @Test
    void aProofForAnotherMethodIsRefused() throws Exception {
      assertRefused(
          send("DPoP " + token, proof(proofs, "POST", items, token)),
          "invalid_dpop_proof",
          "The DPoP proof htm does not match the request method");
    }

    @Test
    void aProofForAnotherUrlIsRefused() throws Exception {
      URI other = items.resolve("/keycloak/dpop/drafts");
      URI otherScheme =
          URI.create(
              items.getScheme().equals("https")
                  ? items.toString().replace("https:", "http:")
                  : items.toString().replace("http:", "https:"));

      for (URI htu : new URI[] {other, otherScheme, keycloakTokenUrl()}) {
        assertRefused(
            send("DPoP " + token, proof(proofs, "GET", htu, token)),
            "invalid_dpop_proof",
            "The DPoP proof htu does not match the request URL");
      }
    }

    @Test
    void aReplayedProofIsRefused() throws Exception {
      String proof = proof(proofs, "GET", items, token);
      assertThat(send("DPoP " + token, proof).statusCode()).isEqualTo(200);

      assertRefused(
          send("DPoP " + token, proof), "invalid_dpop_proof", "The DPoP proof was already used");
    }

    @Test
    void aProofForAnotherTokenOfTheSameKeyIsRefused() throws Exception {
      String another = dpopToken(proofs);
      assertThat(another).isNotEqualTo(token);
      assertThat(Tokens.claims(another).path("cnf").path("jkt").asText())
          .isEqualTo(Tokens.claims(token).path("cnf").path("jkt").asText());

      assertRefused(
          send("DPoP " + token, proof(proofs, "GET", items, another)),
          "invalid_dpop_proof",
          "The DPoP proof ath does not match the access token");
    }

    @Test
    void theBoundTokenAsBearerIsRefused() throws Exception {
      assertRefused(
          send("Bearer " + token, null),
          "invalid_token",
          "A DPoP-bound access token must use the DPoP scheme");
      // A proof alongside does not make the Bearer use acceptable.
      assertRefused(
          send("Bearer " + token, proof(proofs, "GET", items, token)),
          "invalid_token",
          "A DPoP-bound access token must use the DPoP scheme");
    }

    @Test
    void theDpopSchemeWithoutAProofIsRefused() {
      assertRefused(send("DPoP " + token, null), "invalid_dpop_proof", "The DPoP proof is missing");
    }

    @Test
    void noCredentialsGetTheDpopChallenge() {
      HttpResponse<String> response = send(null, null);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactly("DPoP realm=\"" + REALM + "\", " + ALGS);
    }

    @Test
    void anUnboundKeycloakTokenIsRefused() throws Exception {
      String unbound =
          Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();
      assertThat(Tokens.claims(unbound).has("cnf")).isFalse();

      assertRefused(
          send("Bearer " + unbound, null), "invalid_token", "The access token must be DPoP-bound");
      // Even with a valid proof of some key: the token names no key.
      assertRefused(
          send("DPoP " + unbound, proof(proofs, "GET", items, unbound)),
          "invalid_token",
          "The access token is not DPoP-bound");
    }

    private HttpResponse<String> send(String authorization, String proof) {
      return BoundApi.get(http, items, headers(authorization, proof));
    }

    private void assertRefused(HttpResponse<String> response, String error, String description) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactly(
              "DPoP realm=\""
                  + REALM
                  + "\", error=\""
                  + error
                  + "\", error_description=\""
                  + description
                  + "\", "
                  + ALGS);
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  /** Tokens bound to a TLS client certificate, presented over TLS with and without it. */
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract class CertificateBound {
    private final URI items;
    private String token;

    CertificateBound(URI items) {
      this.items = items;
    }

    @BeforeAll
    void obtainToken() {
      token =
          Tokens.clientCredentialsOverTls(
                  pki.sslContext(TestPki.CLIENT_A),
                  keycloak.httpsBase(),
                  Tokens.MTLS_CLIENT,
                  Tokens.MTLS_CLIENT_SECRET)
              .accessToken();
    }

    @Test
    void keycloakBindsTheTokenToTheClientCertificate() {
      JsonNode claims = Tokens.claims(token);
      assertThat(claims.path("cnf").path("x5t#S256").asText())
          .isEqualTo(ClientCertificates.thumbprint(pki.certificate(TestPki.CLIENT_A)));
      assertThat(claims.path("azp").asText()).isEqualTo(Tokens.MTLS_CLIENT);
    }

    @Test
    void keycloakIssuesNoBoundTokenWithoutACertificate() {
      // The client is configured for certificate-bound tokens: over TLS without a certificate
      // Keycloak refuses to issue one.
      assertThatThrownBy(
              () ->
                  Tokens.clientCredentialsOverTls(
                      pki.sslContext(null),
                      keycloak.httpsBase(),
                      Tokens.MTLS_CLIENT,
                      Tokens.MTLS_CLIENT_SECRET))
          .hasMessageContaining("answered 400");
    }

    @Test
    void theCertificateTheTokenIsBoundToIsLetIn() {
      HttpResponse<String> response = get(TestPki.CLIENT_A, "Bearer " + token);

      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(response.body())
          .isEqualTo(
              "{\"operation\":\"mtlsItems\",\"user\":\""
                  + Tokens.claims(token).path("sub").asText()
                  + "\",\"scheme\":\"KeycloakMtls\"}");
    }

    @Test
    void anotherClientsCertificateIsAnInvalidToken() {
      assertRefused(
          get(TestPki.CLIENT_B, "Bearer " + token),
          "The client certificate does not match the access token");
    }

    @Test
    void noCertificateIsAnInvalidToken() {
      assertRefused(get(null, "Bearer " + token), "No client certificate was presented");
    }

    @Test
    void anUnboundKeycloakTokenIsRefused() {
      String unbound =
          Tokens.clientCredentials(Tokens.SERVICE, Tokens.SERVICE_SECRET, "").accessToken();

      assertRefused(
          get(TestPki.CLIENT_A, "Bearer " + unbound), "The access token is not certificate-bound");
    }

    @Test
    void noCredentialsGetABearerChallenge() {
      HttpResponse<String> response = get(TestPki.CLIENT_A, null);

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactly("Bearer realm=\"" + REALM + "\"");
    }

    private HttpResponse<String> get(String certificate, String authorization) {
      return BoundApi.get(
          BoundApi.tlsClient(pki, certificate), items, headers(authorization, null));
    }

    private void assertRefused(HttpResponse<String> response, String description) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
      assertThat(response.headers().allValues("WWW-Authenticate"))
          .containsExactly(
              "Bearer realm=\""
                  + REALM
                  + "\", error=\"invalid_token\", error_description=\""
                  + description
                  + "\"");
      assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }
  }

  /** A DPoP-bound token of {@code gatehouse-dpop}, for the key of {@code proofs}. */
  private static String dpopToken(DPoPProofFactory proofs) throws JOSEException {
    String proof = proofs.createDPoPJWT("POST", keycloakTokenUrl()).serialize();
    Tokens.TokenResponse response =
        Tokens.parse(
            Tokens.clientCredentialsWithProof(
                Tokens.DPOP_CLIENT, Tokens.DPOP_CLIENT_SECRET, proof));
    assertThat(response.json().path("token_type").asText()).isEqualTo("DPoP");
    return response.accessToken();
  }

  private static URI keycloakTokenUrl() {
    return URI.create(KeycloakSchemes.TOKEN_URL);
  }

  private static String proof(DPoPProofFactory factory, String htm, URI htu, String token)
      throws JOSEException {
    return factory.createDPoPJWT(htm, htu, new DPoPAccessToken(token)).serialize();
  }

  private static String[] headers(String authorization, String proof) {
    if (authorization == null) {
      return new String[0];
    }
    return proof == null
        ? new String[] {"Authorization", authorization}
        : new String[] {"Authorization", authorization, "DPoP", proof};
  }

  private static DPoPProofFactory factory(ECKey key) {
    try {
      return new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256);
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }

  private static ECKey ec() {
    try {
      return new ECKeyGenerator(Curve.P_256).generate();
    } catch (JOSEException e) {
      throw new AssertionError(e);
    }
  }
}
