package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.gatehouse.runtime.internal.Extractors;
import dev.gatehouse.runtime.internal.GeneratedScheme;
import dev.gatehouse.runtime.internal.OperationSecurity;
import dev.gatehouse.runtime.internal.SchemeKind;
import dev.gatehouse.runtime.internal.SchemeRequirement;
import dev.gatehouse.runtime.spi.Operation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The start-up checks of {@link Gatehouse.Builder#build()} and operation lookup. */
class GatehouseBuilderTest {

  private static Gatehouse.Builder allButKeyCookie() {
    return builder()
        .basic(BASIC, BASIC_VERIFIER)
        .bearer(BEARER, BEARER_VERIFIER)
        .bearer(QUERY_BEARER, BEARER_VERIFIER)
        .apiKey(KEY_H, KEY_VERIFIER)
        .apiKey(KEY_Q, KEY_VERIFIER);
  }

  @Test
  void completeConfigurationBuilds() {
    Gatehouse g = allButKeyCookie().apiKey(KEY_C, KEY_VERIFIER).build();
    assertThat(g.operations()).extracting(Operation::endpointInterface).contains(API);
  }

  @Test
  void declaredSchemeWithoutVerifierIsNamedWithTheMethodToUse() {
    Throwable t = catchThrowable(() -> allButKeyCookie().build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"" + KEY_C + "\"")
        .hasMessageContaining("apiKey(\"" + KEY_C + "\"");
  }

  @Test
  void missingBasicAndBearerVerifiersNameTheirMethods() {
    Throwable t =
        catchThrowable(
            () ->
                builder()
                    .bearer(QUERY_BEARER, BEARER_VERIFIER)
                    .apiKey(KEY_H, KEY_VERIFIER)
                    .apiKey(KEY_Q, KEY_VERIFIER)
                    .apiKey(KEY_C, KEY_VERIFIER)
                    .build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("basic(\"" + BASIC + "\"")
        .hasMessageContaining("bearer(\"" + BEARER + "\"");
  }

  @Test
  void oauth2OpenIdConnectAndDigestKindsNameTheirMethods() {
    List<GeneratedScheme> schemes =
        List.of(
            scheme("OAuth2PasswordBearer", SchemeKind.OAUTH2, "", Extractors.oauth2()),
            scheme("Oidc", SchemeKind.OPEN_ID_CONNECT, "", Extractors.oauth2()),
            scheme("HTTPDigest", SchemeKind.DIGEST, "", Extractors.digest()));
    Throwable t = catchThrowable(() -> Gatehouse.builder().generated(schemes, List.of()).build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bearer(\"OAuth2PasswordBearer\"")
        .hasMessageContaining("bearer(\"Oidc\"")
        .hasMessageContaining("digest(\"HTTPDigest\"");
    // bearer(...) is the right method for both oauth2 and openIdConnect.
    Gatehouse.builder()
        .generated(schemes, List.of())
        .bearer("OAuth2PasswordBearer", BEARER_VERIFIER)
        .bearer("Oidc", BEARER_VERIFIER)
        .digest("HTTPDigest", (user, realm, algorithm) -> java.util.Optional.empty())
        .build();
  }

  @Test
  void verifierOfTheWrongKindIsNamed() {
    Throwable t =
        catchThrowable(
            () ->
                builder()
                    .basic(BASIC, BASIC_VERIFIER)
                    .basic(BEARER, c -> Verification.rejected())
                    .bearer(QUERY_BEARER, BEARER_VERIFIER)
                    .apiKey(KEY_H, KEY_VERIFIER)
                    .apiKey(KEY_Q, KEY_VERIFIER)
                    .apiKey(KEY_C, KEY_VERIFIER)
                    .build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"" + BEARER + "\"")
        .hasMessageContaining("bearer");
  }

  @Test
  void apiKeyVerifierForABasicSchemeIsNamed() {
    Throwable t =
        catchThrowable(
            () ->
                builder()
                    .apiKey(BASIC, KEY_VERIFIER)
                    .bearer(BEARER, BEARER_VERIFIER)
                    .bearer(QUERY_BEARER, BEARER_VERIFIER)
                    .apiKey(KEY_H, KEY_VERIFIER)
                    .apiKey(KEY_Q, KEY_VERIFIER)
                    .apiKey(KEY_C, KEY_VERIFIER)
                    .build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"" + BASIC + "\"")
        .hasMessageContaining("basic");
  }

  @Test
  void verifierForAnUndeclaredSchemeIsNamed() {
    Throwable t =
        catchThrowable(
            () ->
                allButKeyCookie()
                    .apiKey(KEY_C, KEY_VERIFIER)
                    .apiKey("GhostKey", KEY_VERIFIER)
                    .build());
    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("\"GhostKey\"");
  }

  @Test
  void endpointRequiringASchemeWithoutDefinitionIsNamed() {
    OperationSecurity op =
        OperationSecurity.required(
            "missing()", "GET", "/missing", false, List.of(SchemeRequirement.of("MissingScheme")));
    Throwable t =
        catchThrowable(
            () ->
                Gatehouse.builder()
                    .generated(
                        List.of(
                            scheme(
                                KEY_H,
                                SchemeKind.API_KEY,
                                "",
                                Extractors.apiKeyHeader("X-API-Key"))),
                        List.of(new Endpoint("com.example.OtherApi", List.of(KEY_H_OP, op), "T")))
                    .realm("test")
                    .apiKey(KEY_H, KEY_VERIFIER)
                    .build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"MissingScheme\"")
        .hasMessageContaining("com.example.OtherApi");
  }

  @Test
  void registeringTwiceIsRefusedImmediately() {
    assertThatThrownBy(() -> builder().basic(BASIC, BASIC_VERIFIER).basic(BASIC, BASIC_VERIFIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BASIC);
    assertThatThrownBy(() -> builder().basic(BASIC, BASIC_VERIFIER).bearer(BASIC, BEARER_VERIFIER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BASIC);
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    OperationSecurity op =
        OperationSecurity.required(
            "missing()", "GET", "/missing", false, List.of(SchemeRequirement.of("MissingScheme")));
    Throwable t =
        catchThrowable(
            () ->
                Gatehouse.builder()
                    .generated(
                        schemes(""),
                        List.of(ENDPOINT, new Endpoint("com.example.OtherApi", List.of(op), "T")))
                    .realm("test")
                    .basic(BASIC, BASIC_VERIFIER)
                    .basic(BEARER, BASIC_VERIFIER) // wrong kind
                    .bearer(QUERY_BEARER, BEARER_VERIFIER)
                    .apiKey(KEY_H, KEY_VERIFIER)
                    .apiKey(KEY_Q, KEY_VERIFIER)
                    // KEY_C missing
                    .apiKey("GhostKey", KEY_VERIFIER) // undeclared
                    .build());
    assertThat(t)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("\"" + BEARER + "\"")
        .hasMessageContaining("\"" + KEY_C + "\"")
        .hasMessageContaining("\"GhostKey\"")
        .hasMessageContaining("\"MissingScheme\"");
    assertThat(t.getMessage()).doesNotContain("\"" + BASIC + "\"");
  }

  /**
   * Rule 1.2.13: the realm is printable ASCII; a bad one must fail at start-up, not per request.
   */
  @Test
  void realmWithControlOrNonAsciiCharactersIsRefusedAtStartUp() {
    for (String bad : List.of("te\r\nst", "tést", "te\u0000st")) {
      Throwable t =
          catchThrowable(() -> allButKeyCookie().apiKey(KEY_C, KEY_VERIFIER).realm(bad).build());
      assertThat(t)
          .as("realm %s", bad.replace("\r", "\\r").replace("\n", "\\n").replace("\u0000", "\\0"))
          .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
    }
  }

  /** Rule 1.2.13: realm is printable ASCII without {@code "} and {@code \}. */
  @Test
  void realmWithQuoteOrBackslashIsRefusedAtStartUp() {
    for (String bad : List.of("te\"st", "te\\st")) {
      Throwable t =
          catchThrowable(() -> allButKeyCookie().apiKey(KEY_C, KEY_VERIFIER).realm(bad).build());
      assertThat(t)
          .as("realm %s", bad)
          .isInstanceOfAny(IllegalArgumentException.class, IllegalStateException.class);
    }
  }

  @Test
  void operationLookup() {
    Gatehouse g = gatehouse();
    assertThat(route(g, API, "basic()")).contains(key(BASIC_OP));
    assertThat(route(g, API, "either()")).contains(key(EITHER));
    assertThat(route(g, API, "optional()")).contains(key(OPTIONAL));
    assertThat(route(g, API, "open()")).contains(key(PUBLIC));
    assertThat(route(g, API, "nope()")).isEmpty();
    assertThat(route(g, API, "basic")).isEmpty();
    assertThat(route(g, "com.example.Unknown", "basic()")).isEmpty();
  }

  @Test
  void operationLookupAcrossSeveralEndpoints() {
    Endpoint other = new Endpoint("com.example.Outer$UsersApi", List.of(BOTH), "Fixture API");
    Gatehouse g =
        Gatehouse.builder()
            .generated(schemes(""), List.of(ENDPOINT, other))
            .realm("test")
            .basic(BASIC, BASIC_VERIFIER)
            .bearer(BEARER, BEARER_VERIFIER)
            .bearer(QUERY_BEARER, BEARER_VERIFIER)
            .apiKey(KEY_H, KEY_VERIFIER)
            .apiKey(KEY_Q, KEY_VERIFIER)
            .apiKey(KEY_C, KEY_VERIFIER)
            .build();
    assertThat(route(g, "com.example.Outer$UsersApi", "both()")).contains(key(BOTH));
    assertThat(route(g, "com.example.Outer$UsersApi", "basic()")).isEmpty();
    assertThat(route(g, API, "both()")).contains(key(BOTH));
  }

  /** The first operation of endpoint {@code endpoint} with this Java signature, by its key. */
  private static Optional<String> route(Gatehouse g, String endpoint, String signature) {
    return g.operations().stream()
        .filter(op -> op.endpointInterface().equals(endpoint) && op.signature().equals(signature))
        .map(Operation::key)
        .findFirst();
  }

  private static String key(OperationSecurity op) {
    return op.httpMethod() + " " + op.path();
  }
}
