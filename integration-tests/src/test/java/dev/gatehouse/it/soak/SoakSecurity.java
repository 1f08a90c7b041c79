package dev.gatehouse.it.soak;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.it.ExampleSecurity;
import dev.gatehouse.it.ItemsApi_Security;
import dev.gatehouse.it.KindsApi_CookieKey_CredentialExtractor;
import dev.gatehouse.it.KindsApi_HTTPBase_CredentialExtractor;
import dev.gatehouse.it.KindsApi_HTTPDigest_CredentialExtractor;
import dev.gatehouse.it.KindsApi_OpenIdConnect_CredentialExtractor;
import dev.gatehouse.it.KindsApi_QueryKey_CredentialExtractor;
import dev.gatehouse.it.KindsApi_Security;
import dev.gatehouse.it.SecuritySchemes_APIKeyHeader_CredentialExtractor;
import dev.gatehouse.it.SecuritySchemes_HTTPBasic_CredentialExtractor;
import dev.gatehouse.it.SecuritySchemes_HTTPBearer_CredentialExtractor;
import dev.gatehouse.it.SecuritySchemes_OAuth2PasswordBearer_CredentialExtractor;
import dev.gatehouse.it.UsersApi_Security;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The soak's Gatehouse: the integration tests' generated glue (ItemsApi, UsersApi, KindsApi) with
 * real verifiers. {@code OAuth2PasswordBearer} and {@code OpenIdConnect} take JWTs from the
 * rotating {@link IdentityProvider}; {@code HTTPBearer} takes those JWTs too and, for tokens that
 * are not JWT-shaped, a fixed set of opaque tokens.
 */
final class SoakSecurity {
  static final String REALM = "Gatehouse integration tests";
  static final String API_KEY = ExampleSecurity.API_KEY;
  static final String ADMIN = ExampleSecurity.ADMIN;
  static final String ADMIN_PASSWORD = ExampleSecurity.ADMIN_PASSWORD;
  static final String DISABLED = ExampleSecurity.DISABLED;
  static final String DISABLED_PASSWORD = ExampleSecurity.DISABLED_PASSWORD;
  static final String HOBA = ExampleSecurity.HOBA_CREDENTIALS;

  /** Opaque bearer tokens the {@code HTTPBearer} verifier knows, with their grants. */
  static final Map<String, Verdict> OPAQUE =
      Map.of(
          "opq_4f1c9a0e7b2d4c6f8a1e3b5d7f9c2e4a", Verdict.granted("svc-reports", Set.of()),
          "opq_b7e2d9c4a1f6083e5d2c9b4a7f1e6d3c", Verdict.granted("svc-sync", Set.of("items")));

  private SoakSecurity() {}

  /**
   * The JWT verifier of the identity provider. The key-cache TTL is the smallest allowed (1 min),
   * so that with the provider's 31 s steps every step starts a refresh-ahead fetch as well as
   * unknown-kid refreshes; timeouts are generous, so a loaded machine does not fail a fetch.
   */
  static JwtVerifier jwtVerifier(IdentityProvider idp, Clock clock) {
    return JwtVerifier.builder()
        .issuer(IdentityProvider.ISSUER)
        .audience(IdentityProvider.AUDIENCE)
        .algorithms(JWSAlgorithm.RS256, JWSAlgorithm.ES256)
        .jwksUrl(idp.jwksUrl())
        .clock(clock)
        .jwksCacheTtl(Duration.ofMinutes(1))
        .jwksTimeouts(Duration.ofSeconds(20), Duration.ofSeconds(40))
        .build();
  }

  static Gatehouse gatehouse(JwtVerifier jwt) {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(PasswordHasher.MIN_PBKDF2_ITERATIONS);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(ADMIN, hasher.hash(ADMIN_PASSWORD.toCharArray()), Set.of("admin"))
            .disabled(DISABLED, hasher.hash(DISABLED_PASSWORD.toCharArray()))
            .build();
    HashedApiKeys keys =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of()).build();
    Verifier<BearerToken> jwtOrOpaque =
        token -> isJwtShaped(token.token()) ? jwt.verify(token) : opaque(token.token());
    return Gatehouse.builder()
        .generated(
            List.of(
                new SecuritySchemes_APIKeyHeader_CredentialExtractor(),
                new SecuritySchemes_HTTPBasic_CredentialExtractor(),
                new SecuritySchemes_HTTPBearer_CredentialExtractor(),
                new SecuritySchemes_OAuth2PasswordBearer_CredentialExtractor(),
                new KindsApi_CookieKey_CredentialExtractor(),
                new KindsApi_QueryKey_CredentialExtractor(),
                new KindsApi_HTTPDigest_CredentialExtractor(),
                new KindsApi_HTTPBase_CredentialExtractor(),
                new KindsApi_OpenIdConnect_CredentialExtractor()),
            List.of(new ItemsApi_Security(), new UsersApi_Security(), new KindsApi_Security()))
        .apiKey("APIKeyHeader", keys)
        .apiKey("QueryKey", keys)
        .apiKey("CookieKey", keys)
        .basic("HTTPBasic", users)
        .bearer("HTTPBearer", jwtOrOpaque)
        .bearer("OAuth2PasswordBearer", jwt)
        .bearer("OpenIdConnect", jwt)
        .digest("HTTPDigest", ExampleSecurity.digestUsers())
        .digestNonceSecret(ExampleSecurity.DIGEST_NONCE_SECRET)
        .http(
            "HTTPBase",
            c ->
                MessageDigest.isEqual(
                        c.credentials().getBytes(StandardCharsets.UTF_8),
                        HOBA.getBytes(StandardCharsets.UTF_8))
                    ? Verification.granted("hoba-user")
                    : Verification.rejected())
        .build();
  }

  /** Two dots: a compact JWS, for the JWT verifier; anything else is looked up as opaque. */
  static boolean isJwtShaped(String token) {
    return token.chars().filter(c -> c == '.').count() == 2;
  }

  private static Verification opaque(String token) {
    Verdict v = null;
    for (Map.Entry<String, Verdict> e : OPAQUE.entrySet()) {
      if (MessageDigest.isEqual(
          e.getKey().getBytes(StandardCharsets.US_ASCII),
          token.getBytes(StandardCharsets.US_ASCII))) {
        v = e.getValue();
      }
    }
    return v == null ? Verification.rejected() : Verification.granted(v.principal(), v.scopes());
  }
}
