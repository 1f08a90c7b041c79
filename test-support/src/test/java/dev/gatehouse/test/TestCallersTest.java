package dev.gatehouse.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.Gatehouse;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.spi.Operation;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * {@link TestCallers} over the glue the processor generated for {@link FixtureApi}: each kind of
 * scheme gets a test verifier that knows exactly the callers added, with their principals and
 * scopes, while the decision (scopes, AND sets, challenges) stays the real one.
 */
class TestCallersTest {
  private record User(String getName, String email) implements Principal {}

  private final TestCallers callers = TestCallers.create();

  @Test
  void anApiKeyCallerIsLetInWithItsPrincipalAndANameOnlyCallerWithItsName() {
    TestCredential bot = callers.add("APIKeyHeader", "ci-bot");
    Gatehouse gatehouse = callers.gatehouse();

    Caller caller = allowed(gatehouse, "/key", Map.of("X-Key", bot.value()));

    assertThat(caller.name()).contains("ci-bot");
    assertThat(caller.schemes()).containsExactly("APIKeyHeader");
    assertThat(caller.principal(String.class)).isEqualTo("ci-bot");
    assertThat(bot.authScheme()).isEmpty();
    assertThatThrownBy(bot::authorization)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("API key");
  }

  @Test
  void aBearerCallerCarriesTheApplicationsOwnPrincipalTyped() {
    User alice = new User("alice", "alice@example.com");
    TestCredential token = callers.add("HTTPBearer", alice);

    Caller caller = allowed(callers.gatehouse(), "/bearer", authorization(token));

    assertThat(token.authorization()).startsWith("Bearer test-");
    assertThat(caller.principal(User.class)).isSameAs(alice);
    assertThat(caller.name()).contains("alice");
  }

  @Test
  void aBasicCallerIsSentAsBasicWithItsValueAsTheUserName() {
    TestCredential admin = callers.add("HTTPBasic", "admin");

    String encoded = admin.authorization().substring("Basic ".length());
    assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8))
        .isEqualTo(admin.value() + ":test");
    assertThat(allowed(callers.gatehouse(), "/basic", authorization(admin)).name())
        .contains("admin");
  }

  @Test
  void anHttpSchemeOfItsOwnWordUsesThatWord() {
    TestCredential signed = callers.add("HTTPSignature", "signer");

    assertThat(signed.authorization()).startsWith("Signature test-");
    assertThat(allowed(callers.gatehouse(), "/signature", authorization(signed)).name())
        .contains("signer");
  }

  @Test
  void grantedScopesAreCheckedByTheRealDecision() {
    TestCredential reader = callers.add("OAuth2PasswordBearer", "reader", "items");
    TestCredential other = callers.add("OAuth2PasswordBearer", "other", "admin");
    Gatehouse gatehouse = callers.gatehouse();

    Caller caller = allowed(gatehouse, "/items", authorization(reader));
    assertThat(caller.scopes()).containsExactly("items");
    assertThat(caller.requiredScopes()).containsExactly("items");

    Decision.Deny deny = denied(gatehouse, "/items", authorization(other));
    assertThat(deny.status()).isEqualTo(403);
    assertThat(deny.challenges())
        .singleElement()
        .asString()
        .startsWith("Bearer ")
        .contains("error=\"insufficient_scope\"", "scope=\"items\"");
  }

  @Test
  void anAndSetNeedsACallerOfEachSchemeAndHandsOverBoth() {
    TestCredential key = callers.add("APIKeyHeader", "service");
    TestCredential token = callers.add("HTTPBearer", "alice");
    Gatehouse gatehouse = callers.gatehouse();

    Caller caller =
        allowed(
            gatehouse,
            "/both",
            Map.of("X-Key", key.value(), "Authorization", token.authorization()));
    assertThat(caller.schemes()).containsExactly("APIKeyHeader", "HTTPBearer");
    assertThat(caller.principal("HTTPBearer", String.class)).isEqualTo("alice");
    assertThat(caller.principal("APIKeyHeader", String.class)).isEqualTo("service");

    assertThat(denied(gatehouse, "/both", Map.of("X-Key", key.value())).status()).isEqualTo(401);
  }

  @Test
  void aCredentialOfOneSchemeIsNobodyToAnother() {
    TestCredential token = callers.add("HTTPBearer", "alice");
    Gatehouse gatehouse = callers.gatehouse();

    Decision.Deny deny =
        denied(gatehouse, "/items", Map.of("Authorization", "Bearer " + token.value()));
    assertThat(deny.status()).isEqualTo(401);
    assertThat(deny.detail()).startsWith("Invalid authentication credentials");
    assertThat(denied(gatehouse, "/key", Map.of("X-Key", token.value())).status()).isEqualTo(401);
  }

  @Test
  void unknownValuesAndMissingCredentialsGetTheRealRefusals() {
    callers.add("HTTPBearer", "alice");
    Gatehouse gatehouse = callers.gatehouse();

    Decision.Deny forged =
        denied(gatehouse, "/bearer", Map.of("Authorization", "Bearer test-00000000"));
    assertThat(forged.status()).isEqualTo(401);
    assertThat(forged.challenges()).singleElement().asString().contains("invalid_token");

    Decision.Deny missing = denied(gatehouse, "/bearer", Map.of());
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.detail()).startsWith("Not authenticated");
    assertThat(missing.challenges()).containsExactly("Bearer realm=\"API\"");
  }

  @Test
  void callersAddedAfterTheGatehouseWasBuiltAreKnownFromAnyThread() throws Exception {
    Gatehouse gatehouse = callers.gatehouse();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<CompletableFuture<Caller>> results =
          java.util.stream.IntStream.range(0, 32)
              .mapToObj(
                  i ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            TestCredential c = callers.add("HTTPBearer", "user-" + i);
                            return allowed(gatehouse, "/bearer", authorization(c));
                          },
                          pool))
              .toList();
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get().name()).contains("user-" + i);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(callers).hasToString("TestCallers[32 callers]");
  }

  @Test
  void everyCredentialIsFreshAndUnguessable() {
    TestCredential a = callers.add("HTTPBearer", "same");
    TestCredential b = callers.add("HTTPBearer", "same");

    assertThat(a.value()).isNotEqualTo(b.value()).matches("test-[0-9a-f]{32}");
  }

  @Test
  void digestSchemesKnowNobodyAndCannotBeStoodInFor() {
    assertThatThrownBy(() -> callers.add("HTTPDigest", "alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Digest");
    Decision.Deny deny =
        denied(
            callers.gatehouse(),
            "/digest",
            Map.of(
                "Authorization",
                "Digest username=\"alice\", realm=\"x\", nonce=\"n\", uri=\"/digest\","
                    + " response=\"00\""));
    assertThat(deny.status()).isEqualTo(401);
  }

  @Test
  void aDpopBoundSchemeBuildsButKnowsNobody() {
    assertThatThrownBy(() -> callers.add("Accounts", "alice"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Accounts")
        .hasMessageContaining("DPOP");
    TestCredential other = callers.add("HTTPBearer", "alice");
    Gatehouse gatehouse = callers.gatehouse();

    Decision.Deny asBearer =
        denied(gatehouse, "/accounts", Map.of("Authorization", "Bearer " + other.value()));
    assertThat(asBearer.status()).isEqualTo(401);
    Decision.Deny withProof =
        denied(
            gatehouse,
            "/accounts",
            Map.of("Authorization", "DPoP " + other.value(), "DPoP", "a.b.c"));
    assertThat(withProof.status()).isEqualTo(401);
  }

  @Test
  void anUndeclaredSchemeNameIsAnErrorNamingTheDeclaredOnes() {
    assertThatThrownBy(() -> callers.add("APIKeyHeadr", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APIKeyHeadr")
        .hasMessageContaining("APIKeyHeader");
  }

  @Test
  void theBuilderKeepsWhatTheTestConfigured() {
    TestCredential token = callers.add("HTTPBearer", "alice");
    List<dev.gatehouse.runtime.DecisionListener.Event> events =
        new java.util.concurrent.CopyOnWriteArrayList<>();
    Gatehouse gatehouse =
        callers.configure(Gatehouse.builder().realm("tests").listener(events::add)).build();

    assertThat(denied(gatehouse, "/bearer", Map.of()).challenges())
        .containsExactly("Bearer realm=\"tests\"");
    allowed(gatehouse, "/bearer", authorization(token));
    assertThat(events).hasSize(2);
  }

  private static Map<String, String> authorization(TestCredential credential) {
    return Map.of("Authorization", credential.authorization());
  }

  private static Decision decide(Gatehouse gatehouse, String path, Map<String, String> headers) {
    Operation operation =
        gatehouse.operations().stream()
            .filter(o -> o.path().equals(path))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no operation " + path));
    return operation.decide(new Request(path, headers));
  }

  private static Caller allowed(Gatehouse gatehouse, String path, Map<String, String> headers) {
    Decision decision = decide(gatehouse, path, headers);
    assertThat(decision).isInstanceOf(Decision.Allow.class);
    return ((Decision.Allow) decision).caller();
  }

  private static Decision.Deny denied(
      Gatehouse gatehouse, String path, Map<String, String> headers) {
    Decision decision = decide(gatehouse, path, headers);
    assertThat(decision).isInstanceOf(Decision.Deny.class);
    return (Decision.Deny) decision;
  }

  /** A GET as an adapter would describe it. */
  private record Request(String path, Map<String, String> fields) implements RequestView {
    @Override
    public String method() {
      return "GET";
    }

    @Override
    public Optional<String> rawQuery() {
      return Optional.empty();
    }

    @Override
    public List<String> headers(String name) {
      return fields.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .toList();
    }
  }
}
