package dev.gatehouse.it.adapters;

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
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.HashedApiKeys;
import dev.gatehouse.runtime.PasswordHasher;
import dev.gatehouse.runtime.PasswordUsers;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.Verifier;
import dev.gatehouse.runtime.VerifierUnavailableException;
import dev.gatehouse.runtime.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sample interfaces' generated glue (ItemsApi, UsersApi, KindsApi) with the sample verifiers,
 * named explicitly so the adapter tests do not depend on what else is on the class path.
 */
final class AdapterFixture {
  static final String REALM = "Gatehouse integration tests";
  static final String KEY_CHALLENGE = "APIKey realm=\"" + REALM + "\"";
  static final String BEARER_CHALLENGE = "Bearer realm=\"" + REALM + "\"";
  static final String BASIC_CHALLENGE = "Basic realm=\"gatehouse\", charset=\"UTF-8\"";

  private AdapterFixture() {}

  /** The operations the servers expose, with the handler name that answers each. */
  static List<Operation> operations() {
    return gatehouse().operations();
  }

  /** The handler's name for an operation: the Java method name, as the JAX-RS resources answer. */
  static String handlerName(Operation op) {
    return op.signature().substring(0, op.signature().indexOf('('));
  }

  static Gatehouse gatehouse() {
    return gatehouse(false);
  }

  /** The same, but the Basic verifier's store is down and says to retry in 30 seconds. */
  static Gatehouse basicUnavailable() {
    return gatehouse(true);
  }

  private static Gatehouse gatehouse(boolean basicDown) {
    return builder(basicDown).build();
  }

  /** The fixture's Gatehouse, before build(): for tests that add to it. */
  static Gatehouse.Builder builder(boolean basicDown) {
    PasswordHasher hasher = PasswordHasher.pbkdf2Sha256(10_000);
    PasswordUsers users =
        PasswordUsers.builder(hasher)
            .user(
                ExampleSecurity.ADMIN,
                hasher.hash(ExampleSecurity.ADMIN_PASSWORD.toCharArray()),
                Set.of("admin"))
            .disabled(
                ExampleSecurity.DISABLED,
                hasher.hash(ExampleSecurity.DISABLED_PASSWORD.toCharArray()))
            .build();
    HashedApiKeys keys =
        HashedApiKeys.sha256()
            .add(HashedApiKeys.sha256Digest(ExampleSecurity.API_KEY), "ci-bot", Set.of())
            .build();
    Verifier<BearerToken> tokens = AdapterFixture::verifyDemoToken;
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
        .basic(
            "HTTPBasic",
            basicDown
                ? c -> {
                  throw new VerifierUnavailableException(
                      "user store down", java.time.Duration.ofSeconds(30), null);
                }
                : users)
        .bearer("HTTPBearer", tokens)
        .bearerTransports("HTTPBearer", true, true)
        .bearer("OAuth2PasswordBearer", tokens)
        .bearer("OpenIdConnect", tokens)
        .digest("HTTPDigest", ExampleSecurity.digestUsers())
        .digestNonceSecret(ExampleSecurity.DIGEST_NONCE_SECRET)
        .http(
            "HTTPBase",
            c ->
                MessageDigest.isEqual(
                        c.credentials().getBytes(StandardCharsets.UTF_8),
                        ExampleSecurity.HOBA_CREDENTIALS.getBytes(StandardCharsets.UTF_8))
                    ? Verification.granted("hoba-user")
                    : Verification.rejected());
  }

  /** What a handler answers: the operation and the caller it saw, as the JAX-RS resources do. */
  static String caller(String operation, Optional<Authentication> who) {
    if (who.isEmpty()) {
      return "{\"operation\":\"" + operation + "\",\"user\":null}";
    }
    Authentication a = who.get();
    return "{\"operation\":\""
        + operation
        + "\",\"user\":\""
        + a.name()
        + "\",\"scheme\":\""
        + a.scheme()
        + "\",\"scopes\":\""
        + String.join(" ", new TreeSet<>(a.scopes()))
        + "\"}";
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  static String bearer(String token) {
    return "Bearer " + token;
  }

  /** A Digest (SHA-256, qop=auth) answer for the demo user over a fresh server nonce. */
  static String digest(String uri, String method) {
    return dev.gatehouse.it.Http.digest(
        uri, method, REALM, ExampleSecurity.DIGEST_USER, ExampleSecurity.DIGEST_PASSWORD);
  }

  private static Verification verifyDemoToken(BearerToken token) {
    String value = token.token();
    if (!value.startsWith("demo-")) {
      return Verification.rejected();
    }
    String scopes = value.substring("demo-".length());
    Set<String> granted = new java.util.LinkedHashSet<>();
    if (!scopes.isEmpty()) {
      granted.addAll(List.of(scopes.split("\\+")));
    }
    return Verification.granted(
        new dev.gatehouse.it.DemoUser("token-user", "token-user@example.com"), granted);
  }
}
