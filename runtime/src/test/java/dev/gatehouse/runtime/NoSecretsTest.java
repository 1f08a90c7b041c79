package dev.gatehouse.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 part 5 (security rules 1.10, ASVS 16.2.5): {@code toString()} of every credential,
 * verifier and result type, and the message of every exception a caller can see, built from
 * secret-bearing values, never contains the secret (password, API key, digest, token, token
 * signature, Digest response and nonces). The JWT verifiers' and the token endpoint's types have
 * the same test in their own modules.
 */
class NoSecretsTest {

  static final String PASSWORD = "pw-Secret-7f3a9c";
  static final String API_KEY = "ak-Secret-0b1d2e3f4a5b6c7d";
  static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnLVNlY3JldC1hYmNkZWY";

  static PasswordHasher hasher;
  static String passwordHash;
  static PasswordUsers users;

  @BeforeAll
  static void setUp() {
    hasher = PasswordHasher.pbkdf2Sha256(10_000);
    passwordHash = hasher.hash(PASSWORD);
    users = PasswordUsers.builder(hasher).user("alice", passwordHash, Set.of("me")).build();
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
        HashedApiKeys.sha256()
            .add(HashedApiKeys.sha256Digest(API_KEY), "ci-bot", Set.of("x"))
            .build();
    byte[] pepper = "pepper-Secret-5566778899aabbccddeeff0011".getBytes(StandardCharsets.US_ASCII);
    HashedApiKeys peppered =
        HashedApiKeys.hmacSha256(pepper)
            .add(HashedApiKeys.hmacDigest(pepper, API_KEY), "p")
            .build();
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
            keys.verify(new ApiKey(API_KEY + "x")).toString());
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
  void verificationsAuthenticationsAndDecisions() {
    Verification granted = users.verify(new BasicCredentials("alice", PASSWORD));
    Authentication who = new Authentication(granted.principal(), "HTTPBasic", granted.scopes());
    List<String> shown =
        List.of(
            granted.toString(),
            Verification.rejected("The access token signature is invalid").toString(),
            who.toString(),
            new Decision.Allow(List.of(who)).toString(),
            new Decision.Deny(
                    401, List.of("Basic realm=\"test\""), "Invalid authentication credentials")
                .toString(),
            new Decision.Deny(401, List.of(), "x").body());
    assertNoSecret(shown, PASSWORD, passwordHash);
  }

  /** An application principal whose own toString shows what must stay private. */
  private record LeakyUser(String username, String hashedPassword)
      implements java.security.Principal {
    @Override
    public String getName() {
      return username;
    }
  }

  @Test
  void typedPrincipalsCallersAndListenerEventsNameTypesNotContents() {
    LeakyUser user = new LeakyUser("alice", passwordHash);
    Verification granted = Verification.granted(user, java.util.Set.of("items"));
    Authentication who =
        new Authentication("alice", "HTTPBasic", granted.scopes(), java.util.Set.of("items"), user);
    Caller caller = Caller.of(List.of(who));
    assertThat(caller.principal(LeakyUser.class)).isSameAs(user);
    List<String> shown =
        List.of(
            granted.toString(),
            who.toString(),
            caller.toString(),
            new Decision.Allow(List.of(who)).toString(),
            new DecisionListener.Event(
                    "GET /items", 200, java.util.Optional.empty(), caller.schemes(), caller.name())
                .toString());
    assertNoSecret(
        shown, PASSWORD, passwordHash, passwordHash.substring(passwordHash.length() - 16));
  }
}
