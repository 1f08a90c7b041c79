package dev.gatehouse.test;

import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.DpopProofChecker;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.Verification;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.SchemeDefinition;
import java.security.Principal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Test doubles for verification (FastAPI's {@code dependency_overrides}, Spring Security's
 * {@code @WithMockUser} and {@code jwt()}): a {@link Gatehouse} in which every declared scheme's
 * verifier knows only the callers a test added, each with the principal object and scopes the test
 * chose. Everything else is real: the generated glue, the adapter, the decision, the challenges. So
 * a test sends {@link TestCredential}s, and asserts what the endpoint saw or how it was refused.
 *
 * <pre>{@code
 * TestCallers callers = TestCallers.create();
 * TestCredential alice = callers.add("OAuth2PasswordBearer", new User("alice"), "items");
 * Gatehouse gatehouse = callers.gatehouse();         // every declared scheme gets a test verifier
 * // ... serve the endpoints with it, then send alice.authorization() as Authorization
 * }</pre>
 *
 * <p>Callers may be added after {@link #gatehouse()}, from any thread. Digest schemes know nobody
 * (their verification is a challenge-response that a test double cannot shortcut), and neither do
 * schemes whose tokens must be sender-constrained ({@code tokenBinding}: a DPoP proof or a client
 * certificate cannot be stood in for); never use this class outside tests.
 */
public final class TestCallers {
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Grant> grants = new ConcurrentHashMap<>();

  private TestCallers() {}

  /** No callers yet. */
  public static TestCallers create() {
    return new TestCallers();
  }

  /** What one test credential stands for. */
  private record Grant(String scheme, String name, Object principal, Set<String> scopes) {}

  /**
   * Adds a caller of {@code scheme} whose principal is the application's own object, named by
   * {@link Principal#getName()}, with {@code scopes} granted.
   */
  public TestCredential add(String scheme, Principal principal, String... scopes) {
    return add(scheme, principal.getName(), principal, scopes);
  }

  /** Adds a caller of {@code scheme} known by name only, with {@code scopes} granted. */
  public TestCredential add(String scheme, String name, String... scopes) {
    return add(scheme, name, name, scopes);
  }

  /** Adds a caller of {@code scheme} named {@code name}, whose principal is {@code principal}. */
  public TestCredential add(String scheme, String name, Object principal, String... scopes) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(principal, "principal");
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String value = "test-" + HexFormat.of().formatHex(bytes);
    grants.put(value, new Grant(scheme, name, principal, Set.of(scopes)));
    return new TestCredential(scheme, authScheme(scheme), value);
  }

  /**
   * A {@link Gatehouse} over the generated code on the context class path, every declared scheme
   * verified by this object's callers.
   */
  public Gatehouse gatehouse() {
    return configure(Gatehouse.builder()).build();
  }

  /**
   * Registers a test verifier for every declared scheme with {@code builder} (which may carry a
   * realm, a listener, a refusal renderer ...), and returns it.
   */
  public Gatehouse.Builder configure(Gatehouse.Builder builder) {
    for (GeneratedScheme generated : declaredSchemes().values()) {
      SchemeDefinition scheme = generated.definition();
      String name = scheme.name();
      if (generated.senderConstraint().allowsDpop()) {
        // A DPoP proof is signed per request with the client's key; no test credential is one.
        builder.dpop(name, NO_PROOF_IS_VALID);
      }
      switch (scheme.kind()) {
        case API_KEY -> builder.apiKey(name, key -> verify(name, key.key()));
        case BASIC ->
            builder.basic(name, (BasicCredentials basic) -> verify(name, basic.username()));
        case BEARER, OAUTH2, OPEN_ID_CONNECT ->
            builder.bearer(name, token -> verify(name, token.token()));
        case HTTP ->
            builder.http(name, (AuthorizationCredentials c) -> verify(name, c.credentials()));
        case DIGEST -> builder.digest(name, (user, realm, algorithm) -> Optional.empty());
      }
    }
    return builder;
  }

  private Verification verify(String scheme, String value) {
    Grant grant = grants.get(value);
    return grant != null && grant.scheme().equals(scheme)
        ? Verification.granted(grant.name(), grant.principal(), grant.scopes())
        : Verification.rejected();
  }

  /** The proof checker of DPoP schemes: refuses every proof, so DPoP-bound callers are nobody. */
  private static final DpopProofChecker NO_PROOF_IS_VALID =
      new DpopProofChecker() {
        @Override
        public DpopProofChecker.DpopResult check(
            RequestView request, String proof, String accessToken) {
          return DpopProofChecker.DpopResult.invalid("TestCallers checks no DPoP proof");
        }

        @Override
        public List<String> algorithms() {
          return List.of("ES256");
        }
      };

  private static String authScheme(String scheme) {
    GeneratedScheme generated = declaredSchemes().get(scheme);
    if (generated == null) {
      throw new IllegalArgumentException(
          "no scheme \"" + scheme + "\" is declared; declared: " + declared().keySet());
    }
    if (generated.senderConstraint() != SenderConstraint.NONE) {
      throw new IllegalArgumentException(
          "scheme \""
              + scheme
              + "\" takes sender-constrained tokens only (tokenBinding "
              + generated.senderConstraint()
              + "), which TestCallers cannot stand in for: test it with real proofs or"
              + " certificates");
    }
    SchemeDefinition definition = generated.definition();
    return switch (definition.kind()) {
      case API_KEY -> "";
      case BASIC -> "Basic";
      case BEARER, OAUTH2, OPEN_ID_CONNECT -> "Bearer";
      case DIGEST ->
          throw new IllegalArgumentException(
              "scheme \"" + scheme + "\" is Digest, which TestCallers cannot stand in for");
      case HTTP -> definition.challengeScheme();
    };
  }

  /** The declared schemes of the generated code on the context class path, by name. */
  private static Map<String, SchemeDefinition> declared() {
    Map<String, SchemeDefinition> out = new TreeMap<>();
    declaredSchemes().forEach((name, s) -> out.put(name, s.definition()));
    return out;
  }

  private static Map<String, GeneratedScheme> declaredSchemes() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    Map<String, GeneratedScheme> out = new TreeMap<>();
    List<GeneratedScheme> found = new ArrayList<>();
    ServiceLoader.load(GeneratedScheme.class, loader).forEach(found::add);
    found.forEach(s -> out.putIfAbsent(s.definition().name(), s));
    return out;
  }

  @Override
  public String toString() {
    return "TestCallers[" + grants.size() + " callers]";
  }
}
