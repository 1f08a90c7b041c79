package dev.gatehouse.spring.it;

import com.nimbusds.jose.JWSAlgorithm;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.DigestUser;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.jwt.IntrospectionVerifier;
import dev.gatehouse.runtime.jwt.JwtVerifier;
import dev.gatehouse.runtime.jwt.MultiIssuerJwtVerifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring Boot application: one {@link Gatehouse} bean, and Gatehouse's auto-configuration does
 * the rest (interceptor, principal, {@code /openapi.json}).
 */
@SpringBootApplication
@org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity
public class SpringExample {
  /** The one valid API key; only its SHA-256 digest is configured below. */
  public static final String API_KEY = "AK-0123456789abcdef";

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "correct horse battery staple";
  public static final String DISABLED = "mallory";
  public static final String DISABLED_PASSWORD = "mallory's password";

  public static void main(String[] args) {
    SpringApplication.run(SpringExample.class, args);
  }

  /** The Digest user and password of the demo Digest verifier. */
  public static final String DIGEST_USER = "digest-user";

  public static final String DIGEST_PASSWORD = "digest password";

  /** The Digest nonce secret, the same as the integration tests' client's ({@code Http}). */
  public static final byte[] DIGEST_NONCE_SECRET =
      "gatehouse integration tests: Digest nonce secret".getBytes(StandardCharsets.US_ASCII);

  /** The credentials the demo HOBA verifier accepts. */
  public static final String HOBA_CREDENTIALS = "valid-hoba-signature";

  /** A bearer token that the demo verifier grants the given scopes. */
  public static String demoToken(String... scopes) {
    return "demo-" + String.join("+", scopes);
  }

  /** The issuer and audience of the introspected OpenID Connect tokens. */
  public static final String OIDC_ISSUER = "https://id.example.com";

  public static final String OIDC_AUDIENCE = "spring-api";

  /** This application's client at the authorization server, for introspection. */
  public static final String OIDC_CLIENT = "spring-api";

  public static final String OIDC_CLIENT_SECRET = "spring-api-secret";

  /** A token only the OAuth2 scheme's verifier accepts: {@code jwt-} and its scopes. */
  public static String jwtToken(String... scopes) {
    return "jwt-" + String.join("+", scopes);
  }

  /**
   * The application's verifiers. The OpenIdConnect scheme's tokens are demo tokens unless a
   * property says otherwise: {@code gatehouse.oidc.introspection-endpoint} checks them by RFC 7662
   * introspection; {@code gatehouse.oidc.tenants} ({@code issuer jwksUrl} pairs, comma-separated)
   * accepts JWTs of several issuers; {@code gatehouse.resource} gives the API RFC 9728
   * protected-resource metadata naming that resource.
   */
  @Bean
  Gatehouse gatehouse(
      @Value("${gatehouse.oidc.introspection-endpoint:}") String introspection,
      @Value("${gatehouse.oidc.tenants:}") String tenants,
      @Value("${gatehouse.resource:}") String resource) {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(ADMIN, hasher.hash(ADMIN_PASSWORD.toCharArray()), Set.of("admin"))
            .disabled(DISABLED, hasher.hash(DISABLED_PASSWORD.toCharArray()))
            .build();
    HashedApiKeys keys =
        HashedApiKeys.sha256().add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of()).build();
    Verifier<BearerToken> tokens = SpringExample::verifyDemoToken;
    return Gatehouse.builder()
        .protectedResourceMetadata(
            resource.isEmpty()
                ? null
                : dev.gatehouse.runtime.ProtectedResourceMetadata.of(
                    "{\"resource\": \"" + resource + "\"}"))
        .apiKey("APIKeyHeader", keys)
        .apiKey("QueryKey", keys)
        .apiKey("CookieKey", keys)
        .basic("HTTPBasic", users)
        .bearer("HTTPBearer", tokens)
        .bearerTransports("HTTPBearer", true, true)
        .bearer("OAuth2PasswordBearer", SpringExample::verifyJwtOrDemoToken)
        .bearer("OpenIdConnect", openIdConnect(introspection, tenants, tokens))
        .digest(
            "HTTPDigest",
            (user, realm, algorithm) ->
                DIGEST_USER.equals(user)
                    ? Optional.of(
                        new DigestUser(
                            user, algorithm.ha1(user, realm, DIGEST_PASSWORD.toCharArray())))
                    : Optional.empty())
        .digestNonceSecret(DIGEST_NONCE_SECRET)
        .http(
            "HTTPBase",
            c ->
                MessageDigest.isEqual(
                        c.credentials().getBytes(StandardCharsets.UTF_8),
                        HOBA_CREDENTIALS.getBytes(StandardCharsets.UTF_8))
                    ? Verification.granted("hoba-user")
                    : Verification.rejected())
        .build();
  }

  private static Verification verifyJwtOrDemoToken(BearerToken token) {
    String value = token.token();
    if (value.startsWith("jwt-")) {
      return verifyDemoToken(new BearerToken("demo-" + value.substring(4), token.transport()));
    }
    return verifyDemoToken(token);
  }

  private static Verifier<BearerToken> openIdConnect(
      String introspection, String tenants, Verifier<BearerToken> demo) {
    if (!introspection.isEmpty()) {
      return IntrospectionVerifier.builder()
          .endpoint(URI.create(introspection))
          .clientCredentials(OIDC_CLIENT, OIDC_CLIENT_SECRET)
          .issuer(OIDC_ISSUER)
          .audience(OIDC_AUDIENCE)
          .build();
    }
    if (!tenants.isEmpty()) {
      List<JwtVerifier> verifiers = new ArrayList<>();
      for (String tenant : tenants.split(",")) {
        String[] issuerAndKeys = tenant.trim().split(" ");
        verifiers.add(
            JwtVerifier.builder()
                .issuer(issuerAndKeys[0])
                .jwksUrl(URI.create(issuerAndKeys[1]))
                .audience(OIDC_AUDIENCE)
                .algorithms(JWSAlgorithm.RS256)
                .build());
      }
      return MultiIssuerJwtVerifier.of(verifiers.toArray(JwtVerifier[]::new));
    }
    return demo;
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
