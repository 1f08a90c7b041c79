package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import dev.gatehouse.runtime.jwt.JwtCheck;
import dev.gatehouse.runtime.jwt.IntrospectionUnavailableException;
import dev.gatehouse.runtime.jwt.IntrospectionVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.jwt.MultiIssuerJwtVerifier;
import dev.gatehouse.runtime.token.IssuedToken;
import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenIssuer;
import dev.gatehouse.runtime.token.TokenRequestException;
import dev.gatehouse.runtime.token.TokenRequestForm;
import dev.gatehouse.runtime.token.TokenResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5 (security rules 1.10, ASVS 16.2.5): {@code toString()} of every credential,
 * verifier and result type, and the message of every exception a caller can see, built from
 * secret-bearing values, never contains the secret (password, API key, digest, token, token
 * signature, client secret, Digest response and nonces).
 */
class NoSecretsTest {

  static final String PASSWORD = "pw-Secret-7f3a9c";
  static final String API_KEY = "ak-Secret-0b1d2e3f4a5b6c7d";
  static final String CLIENT_SECRET = "cs-Secret-91e0d4";
  static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnLVNlY3JldC1hYmNkZWY";

  static PasswordHasher hasher;
  static String passwordHash;
  static PasswordUsers users;
  static RSAKey key;
  static TokenIssuer issuer;
  static JwtVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    hasher = PasswordHasher.pbkdf2Sha256(10_000);
    passwordHash = hasher.hash(PASSWORD);
    users = PasswordUsers.builder(hasher).user("alice", passwordHash, Set.of("me")).build();
    key = new RSAKeyGenerator(2048).keyID("k1").generate();
    issuer = TokenIssuer.builder(key).issuer("urn:test").audience("urn:test:api").build();
    verifier =
        JwtVerifier.builder()
            .issuer("urn:test")
            .audience("urn:test:api")
            .algorithms(JWSAlgorithm.RS256)
            .keys(issuer.publicJwkSet())
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

  static String signature(String jwt) {
    return jwt.substring(jwt.lastIndexOf('.') + 1);
  }

  @Test
  void credentials() {
    List<String> shown = new ArrayList<>();
    shown.add(new ApiKey(API_KEY).toString());
    shown.add(new BasicCredentials("alice", PASSWORD).toString());
    for (BearerToken.Transport t : BearerToken.Transport.values()) {
      shown.add(new BearerToken(TOKEN, t).toString());
    }
    shown.add(new AuthorizationCredentials("Custom", PASSWORD).toString());
    shown.add(
        new DigestCredentials(
                "alice",
                Map.of(
                    "username", "alice",
                    "realm", "test",
                    "nonce", "nonce-" + PASSWORD,
                    "uri", "/",
                    "response", "resp-" + PASSWORD,
                    "cnonce", "cnonce-" + PASSWORD,
                    "opaque", "opaque-" + PASSWORD,
                    "nc", "00000001",
                    "qop", "auth"))
            .toString());
    shown.add(Extraction.present(new ApiKey(API_KEY)).toString());
    shown.add(Extraction.present(new BasicCredentials("alice", PASSWORD)).toString());
    shown.add(Extraction.present(new BearerToken(TOKEN, BearerToken.Transport.HEADER)).toString());
    assertNoSecret(shown, API_KEY, PASSWORD, TOKEN, signature(TOKEN));
  }

  @Test
  void storesAndVerifiers() throws Exception {
    HashedApiKeys keys =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of("x")).build();
    byte[] pepper = "pepper-Secret-5566778899aabbccddeeff0011".getBytes(StandardCharsets.US_ASCII);
    HashedApiKeys peppered =
        HashedApiKeys.hmacSha256(pepper).add(HashedApiKeys.hmacDigest(pepper, API_KEY), "p").build();
    StoredUser stored = new StoredUser("alice", passwordHash, Set.of("me"), true);
    List<String> shown =
        List.of(
            keys.toString(),
            keys.sha256().toString(),
            peppered.toString(),
            stored.toString(),
            users.toString(),
            hasher.toString(),
            PasswordUsers.builder(hasher).user("bob", passwordHash, Set.of()).toString(),
            users.verify(new BasicCredentials("alice", PASSWORD)).toString(),
            users.verify(new BasicCredentials("alice", PASSWORD + "x")).toString(),
            keys.verify(new ApiKey(API_KEY)).toString(),
            keys.verify(new ApiKey(API_KEY + "x")).toString(),
            verifier.toString(),
            issuer.toString());
    String hashTail = passwordHash.substring(passwordHash.length() - 16);
    assertNoSecret(
        shown,
        API_KEY,
        PASSWORD,
        HashedApiKeys.sha256Digest(API_KEY),
        HashedApiKeys.hmacDigest(pepper, API_KEY),
        "pepper-Secret",
        hashTail);
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
  void verificationsAuthenticationsAndDecisions() {
    Verification granted = users.verify(new BasicCredentials("alice", PASSWORD));
    Authentication who = new Authentication(granted.principal(), "HTTPBasic", granted.scopes());
    List<String> shown =
        List.of(
            granted.toString(),
            Verification.rejected("The access token signature is invalid").toString(),
            who.toString(),
            new Decision.Allow(List.of(who)).toString(),
            new Decision.Deny(401, List.of("Basic realm=\"test\""), "Invalid authentication credentials")
                .toString(),
            new Decision.Deny(401, List.of(), "x").body());
    assertNoSecret(shown, PASSWORD, passwordHash);
  }

  @Test
  void jwtChecksAndIssuedTokens() throws Exception {
    IssuedToken issued = issuer.issue("alice", List.of("me"), "client-1");
    String token = issued.value();
    String flipped = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BA" : "AA");
    JwtCheck valid = verifier.check(token);
    JwtCheck invalid = verifier.check(flipped);
    assertThat(valid.isValid()).isTrue();
    assertThat(invalid.isValid()).isFalse();
    List<String> shown =
        List.of(
            issued.toString(),
            valid.toString(),
            invalid.toString(),
            valid.verification().toString(),
            invalid.verification().toString(),
            verifier.check(TOKEN).toString());
    assertNoSecret(shown, token, signature(token), signature(flipped), TOKEN, signature(TOKEN));
  }

  @Test
  void tokenEndpointFormsResponsesAndExceptions() throws Exception {
    String form = "application/x-www-form-urlencoded";
    String body =
        "grant_type=password&username=alice&password=" + PASSWORD + "&client_id=c&client_secret="
            + CLIENT_SECRET;
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("c:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
    List<String> shown = new ArrayList<>();
    shown.add(TokenRequestForm.parse(form, ascii(body), List.of()).toString());
    shown.add(
        TokenRequestForm.parse(
                form, ascii("grant_type=password&username=alice&password=" + PASSWORD), List.of(basic))
            .toString());
    // Refusals: repeated parameter, both client methods, malformed encoding next to the secret.
    for (String bad :
        List.of(
            body + "&password=" + PASSWORD,
            "grant_type=password&username=alice&password=" + PASSWORD + "%ZZ",
            "grant_type=password&username=alice&password=" + PASSWORD + "&password=" + PASSWORD)) {
      try {
        TokenRequestForm.parse(form, ascii(bad), List.of(basic));
        throw new AssertionError("expected a refusal for " + bad.length() + " bytes");
      } catch (TokenRequestException e) {
        shown.add(String.valueOf(e.getMessage()));
        shown.add(e.toString());
      }
    }
    PasswordTokenEndpoint endpoint =
        PasswordTokenEndpoint.builder().users(users).publicClients().strict(false).issuer(issuer).build();
    TokenResponse ok =
        endpoint.handle(form, ascii("grant_type=password&username=alice&password=" + PASSWORD), List.of());
    assertThat(ok.status()).isEqualTo(200);
    String accessToken = ok.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    shown.add(ok.toString());
    shown.add(ok.headers().toString());
    TokenResponse wrong =
        endpoint.handle(form, ascii("grant_type=password&username=alice&password=" + PASSWORD + "x"), List.of());
    shown.add(wrong.toString());
    shown.add(wrong.body());
    TokenResponse client = endpoint.handle(form, ascii(body), List.of());
    shown.add(client.toString());
    shown.add(client.body());
    shown.add(endpoint.toString());
    assertNoSecret(shown, PASSWORD, CLIENT_SECRET, accessToken, signature(accessToken));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
