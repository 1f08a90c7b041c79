package dev.gatehouse.it;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.DigestUser;
import dev.gatehouse.runtime.DigestUserStore;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The verifiers of the sample application: a hashed API key, Basic users with PBKDF2 hashes, and
 * (until JWTs arrive) opaque demo bearer tokens of the form {@code demo-<scope>+<scope>}.
 */
public final class ExampleSecurity {
  /** The one valid API key; only its SHA-256 digest is configured below. */
  public static final String API_KEY = "AK-0123456789abcdef";

  /** Basic users: {@code admin} is enabled, {@code mallory} is disabled. */
  public static final String ADMIN = "admin";

  public static final String ADMIN_PASSWORD = "correct horse battery staple";
  public static final String DISABLED = "mallory";
  public static final String DISABLED_PASSWORD = "mallory's password";

  /** The Digest user and password of the demo Digest verifier. */
  public static final String DIGEST_USER = "digest-user";

  public static final String DIGEST_PASSWORD = "digest password";

  /**
   * The secret of the Digest nonces, shared with the tests' client ({@code Http.digest}) the way
   * replicas of one service share it, so that a test can answer without a round trip.
   */
  public static final byte[] DIGEST_NONCE_SECRET =
      "gatehouse integration tests: Digest nonce secret".getBytes(StandardCharsets.US_ASCII);

  /** The Digest user store: {@code H(user:realm:password)} of the one demo user, any realm. */
  public static DigestUserStore digestUsers() {
    return (user, realm, algorithm) ->
        DIGEST_USER.equals(user)
            ? Optional.of(
                new DigestUser(user, algorithm.ha1(user, realm, DIGEST_PASSWORD.toCharArray())))
            : Optional.empty();
  }

  /** The credentials the demo HOBA verifier accepts. */
  public static final String HOBA_CREDENTIALS = "valid-hoba-signature";

  /** A bearer token that the demo verifier grants the given scopes. */
  public static String demoToken(String... scopes) {
    return "demo-" + String.join("+", scopes);
  }

  private ExampleSecurity() {}

  /** The application's Gatehouse: every declared scheme with its verifier. */
  public static Gatehouse gatehouse() {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(ADMIN, hasher.hash(ADMIN_PASSWORD.toCharArray()), Set.of("admin"))
            .disabled(DISABLED, hasher.hash(DISABLED_PASSWORD.toCharArray()))
            .build();
    HashedApiKeys keys =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of()).build();
    Verifier<BearerToken> tokens = ExampleSecurity::verifyDemoToken;
    return Gatehouse.builder()
        .apiKey("APIKeyHeader", keys)
        .apiKey("QueryKey", keys)
        .apiKey("CookieKey", keys)
        .digest("HTTPDigest", digestUsers())
        .digestNonceSecret(DIGEST_NONCE_SECRET)
        .http(
            "HTTPBase",
            c ->
                MessageDigest.isEqual(
                        c.credentials().getBytes(StandardCharsets.UTF_8),
                        HOBA_CREDENTIALS.getBytes(StandardCharsets.UTF_8))
                    ? Verification.granted("hoba-user")
                    : Verification.rejected())
        .bearer("OpenIdConnect", tokens)
        // The Keycloak schemes (dev.gatehouse.it.keycloak) get real JWT verifiers in KeycloakTest;
        // here they share the demo tokens so the conformance test covers their operations too.
        .bearer("KeycloakOidc", tokens)
        .bearer("KeycloakOAuth2", tokens)
        .basic("HTTPBasic", users)
        .bearer("HTTPBearer", tokens)
        // RFC 6750 sections 2.2 and 2.3, for the hostile catalogue's transport rows.
        .bearerTransports("HTTPBearer", true, true)
        .bearer("OAuth2PasswordBearer", tokens)
        .build();
  }

  private static Verification verifyDemoToken(BearerToken token) {
    String value = token.token();
    if (!value.startsWith("demo-")) {
      return Verification.rejected();
    }
    String scopes = value.substring("demo-".length());
    Set<String> granted = new LinkedHashSet<>();
    if (!scopes.isEmpty()) {
      granted.addAll(Arrays.asList(scopes.split("\\+")));
    }
    return Verification.granted(new DemoUser("token-user", "token-user@example.com"), granted);
  }
}
