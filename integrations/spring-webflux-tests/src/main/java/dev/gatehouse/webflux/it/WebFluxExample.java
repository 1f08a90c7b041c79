package dev.gatehouse.webflux.it;

import static dev.gatehouse.webflux.it.VerifierThreads.recorded;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.DigestUser;
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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The reactive Spring Boot application: one {@link Gatehouse} bean, and Gatehouse's WebFlux
 * auto-configuration does the rest (filter, argument resolver, {@code /openapi.json}). The schemes,
 * users and demo tokens are those of the Spring MVC sample.
 */
@SpringBootApplication
public class WebFluxExample {
  /** The one valid API key; only its SHA-256 digest is configured below. */
  public static final String API_KEY = "AK-0123456789abcdef";

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "correct horse battery staple";
  public static final String DISABLED = "mallory";
  public static final String DISABLED_PASSWORD = "mallory's password";

  /** The Digest user and password of the demo Digest verifier. */
  public static final String DIGEST_USER = "digest-user";

  public static final String DIGEST_PASSWORD = "digest password";

  /** The Digest nonce secret, the same as the integration tests' client's ({@code Http}). */
  public static final byte[] DIGEST_NONCE_SECRET =
      "gatehouse integration tests: Digest nonce secret".getBytes(StandardCharsets.US_ASCII);

  /** The credentials the demo HOBA verifier accepts. */
  public static final String HOBA_CREDENTIALS = "valid-hoba-signature";

  public static void main(String[] args) {
    SpringApplication.run(WebFluxExample.class, args);
  }

  /** A bearer token that the demo verifier grants the given scopes. */
  public static String demoToken(String... scopes) {
    return "demo-" + String.join("+", scopes);
  }

  /** A token only the OAuth2 scheme's verifier accepts: {@code jwt-} and its scopes. */
  public static String jwtToken(String... scopes) {
    return "jwt-" + String.join("+", scopes);
  }

  /**
   * A token the OAuth2 scheme's verifier accepts once {@link BlockingGate} opens, blocking its
   * thread until then.
   */
  public static String blockingToken(String... scopes) {
    return "block-" + String.join("+", scopes);
  }

  /**
   * The application's verifiers, each recording the thread it runs on; {@code gatehouse.resource}
   * gives the API RFC 9728 protected-resource metadata naming that resource.
   */
  @Bean
  Gatehouse gatehouse(
      @org.springframework.beans.factory.annotation.Value("${gatehouse.resource:}")
          String resource) {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(ADMIN, hasher.hash(ADMIN_PASSWORD.toCharArray()), Set.of("admin"))
            .disabled(DISABLED, hasher.hash(DISABLED_PASSWORD.toCharArray()))
            .build();
    HashedApiKeys keys =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of()).build();
    Verifier<BearerToken> tokens = WebFluxExample::verifyDemoToken;
    return Gatehouse.builder()
        .protectedResourceMetadata(
            resource.isEmpty()
                ? null
                : dev.gatehouse.runtime.ProtectedResourceMetadata.of(
                    "{\"resource\": \"" + resource + "\"}"))
        .apiKey("APIKeyHeader", recorded(keys))
        .apiKey("QueryKey", recorded(keys))
        .apiKey("CookieKey", recorded(keys))
        .basic("HTTPBasic", recorded(users))
        .bearer("HTTPBearer", recorded(tokens))
        .bearerTransports("HTTPBearer", true, true)
        .bearer("OAuth2PasswordBearer", recorded(WebFluxExample::verifyJwtDemoOrBlockingToken))
        .bearer("OpenIdConnect", recorded(tokens))
        .digest(
            "HTTPDigest",
            (user, realm, algorithm) -> {
              VerifierThreads.record();
              return DIGEST_USER.equals(user)
                  ? Optional.of(
                      new DigestUser(
                          user, algorithm.ha1(user, realm, DIGEST_PASSWORD.toCharArray())))
                  : Optional.empty();
            })
        .digestNonceSecret(DIGEST_NONCE_SECRET)
        .http(
            "HTTPBase",
            recorded(
                c ->
                    MessageDigest.isEqual(
                            c.credentials().getBytes(StandardCharsets.UTF_8),
                            HOBA_CREDENTIALS.getBytes(StandardCharsets.UTF_8))
                        ? Verification.granted("hoba-user")
                        : Verification.rejected()))
        .build();
  }

  private static Verification verifyJwtDemoOrBlockingToken(BearerToken token)
      throws InterruptedException {
    String value = token.token();
    if (value.startsWith("block-")) {
      BlockingGate.pass();
      return verifyDemoToken(new BearerToken("demo-" + value.substring(6), token.transport()));
    }
    if (value.startsWith("jwt-")) {
      return verifyDemoToken(new BearerToken("demo-" + value.substring(4), token.transport()));
    }
    return verifyDemoToken(token);
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
    return Verification.granted("token-user", granted);
  }
}
