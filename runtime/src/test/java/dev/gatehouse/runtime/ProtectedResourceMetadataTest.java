package dev.gatehouse.runtime;

import static dev.gatehouse.runtime.DecisionFixture.BASIC_OP;
import static dev.gatehouse.runtime.DecisionFixture.BASIC_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_READ;
import static dev.gatehouse.runtime.DecisionFixture.BEARER_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.KEY_VERIFIER;
import static dev.gatehouse.runtime.DecisionFixture.bearerAuth;
import static dev.gatehouse.runtime.DecisionFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 9728 protected-resource metadata: where it is served, and what Bearer challenges say. */
class ProtectedResourceMetadataTest {
  static String json(String resource) {
    return "{\n  \"resource\": \"" + resource + "\",\n  \"scopes_supported\": [\"read\"]\n}\n";
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.example.com, /.well-known/oauth-protected-resource,"
        + " https://api.example.com/.well-known/oauth-protected-resource",
    "https://api.example.com/, /.well-known/oauth-protected-resource,"
        + " https://api.example.com/.well-known/oauth-protected-resource",
    "https://api.example.com/orders, /.well-known/oauth-protected-resource/orders,"
        + " https://api.example.com/.well-known/oauth-protected-resource/orders",
    "https://api.example.com:8443/a/b, /.well-known/oauth-protected-resource/a/b,"
        + " https://api.example.com:8443/.well-known/oauth-protected-resource/a/b",
    "http://localhost:8080/x, /.well-known/oauth-protected-resource/x,"
        + " http://localhost:8080/.well-known/oauth-protected-resource/x"
  })
  void theWellKnownSegmentGoesBetweenHostAndPath(String resource, String path, String url) {
    ProtectedResourceMetadata m = ProtectedResourceMetadata.of(json(resource));

    assertThat(m.resource()).isEqualTo(resource);
    assertThat(m.path()).isEqualTo(path);
    assertThat(m.url()).isEqualTo(url);
    assertThat(m.json()).isEqualTo(json(resource));
    assertThat(m.isRequestFor("GET", path)).isTrue();
    assertThat(m.isRequestFor("HEAD", path)).isTrue();
    assertThat(m.isRequestFor("POST", path)).isFalse();
    assertThat(m.isRequestFor("GET", path + "/")).isFalse();
    assertThat(m.isRequestFor("get", path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[\"resource\"]",
        "{\"scopes_supported\": [], \"resource\": \"https://a.example\"}",
        "{\"resource\": \"relative/path\"}",
        "{\"resource\": \"https://a.example/?q=1\"}",
        "{\"resource\": \"https://a.example/#f\"}",
        "{\"resource\": \"ftp://a.example/\"}",
        "{\"resource\": \"https://a.example/\\\"x\"}",
        "{\"resource\": \"https://a.example/\u00e9\"}"
      })
  void aDocumentTheProcessorDidNotWriteIsRefused(String json) {
    assertThatThrownBy(() -> ProtectedResourceMetadata.of(json))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Gatehouse.Builder withMetadata(String resource) {
    return DecisionFixture.builder()
        .protectedResourceMetadata(ProtectedResourceMetadata.of(json(resource)));
  }

  private static Gatehouse build(Gatehouse.Builder b) {
    return b.basic(DecisionFixture.BASIC, BASIC_VERIFIER)
        .bearer(DecisionFixture.BEARER, BEARER_VERIFIER)
        .bearer(DecisionFixture.QUERY_BEARER, BEARER_VERIFIER)
        .apiKey(DecisionFixture.KEY_H, KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_Q, KEY_VERIFIER)
        .apiKey(DecisionFixture.KEY_C, KEY_VERIFIER)
        .build();
  }

  @Test
  void everyBearerChallengeNamesTheMetadata() {
    Gatehouse g = build(withMetadata("https://api.example.com/shop"));
    String named =
        ", resource_metadata=\"https://api.example.com/.well-known/oauth-protected-resource/shop\"";

    assertThat(((Decision.Deny) g.decide(BEARER_READ, request())).challenges())
        .containsExactly("Bearer realm=\"test\"" + named);
    assertThat(
            ((Decision.Deny) g.decide(BEARER_READ, request("Authorization", bearerAuth("nope"))))
                .challenges())
        .containsExactly("Bearer realm=\"test\", error=\"invalid_token\"" + named);
    assertThat(
            ((Decision.Deny)
                    g.decide(BEARER_READ, request("Authorization", bearerAuth("tok-write"))))
                .challenges())
        .containsExactly(
            "Bearer realm=\"test\", error=\"insufficient_scope\", scope=\"read\"" + named);
    // Other schemes' challenges do not change.
    assertThat(((Decision.Deny) g.decide(BASIC_OP, request())).challenges())
        .containsExactly(DecisionFixture.B);
    assertThat(g.protectedResourceMetadata())
        .map(ProtectedResourceMetadata::resource)
        .hasValue("https://api.example.com/shop");
  }

  @Test
  void challengesCanLeaveTheMetadataOut() {
    Gatehouse g =
        build(withMetadata("https://api.example.com/shop").resourceMetadataInChallenges(false));

    assertThat(((Decision.Deny) g.decide(BEARER_READ, request())).challenges())
        .containsExactly("Bearer realm=\"test\"");
    assertThat(g.protectedResourceMetadata()).isPresent();
  }

  @Test
  void withoutMetadataNothingChanges() {
    Gatehouse g = build(DecisionFixture.builder());

    assertThat(g.protectedResourceMetadata()).isEmpty();
    assertThat(((Decision.Deny) g.decide(BEARER_READ, request())).challenges())
        .containsExactly("Bearer realm=\"test\"");
  }

  /** A bearer verifier restricted to one audience, as JwtVerifier and IntrospectionVerifier are. */
  private record Audience(String audience) implements Verifier<BearerToken>, AudienceRestricted {
    @Override
    public Verification verify(BearerToken token) throws Exception {
      return BEARER_VERIFIER.verify(token);
    }

    @Override
    public Set<String> audiences() {
      return Set.of(audience);
    }
  }

  @Test
  void aVerifierForAnotherResourceFailsAtStartUp() {
    Gatehouse.Builder b =
        withMetadata("https://api.example.com/shop")
            .basic(DecisionFixture.BASIC, BASIC_VERIFIER)
            .bearer(DecisionFixture.BEARER, new Audience("https://api.example.com/other"))
            .bearer(DecisionFixture.QUERY_BEARER, new Audience("https://api.example.com/shop"))
            .apiKey(DecisionFixture.KEY_H, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_Q, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_C, KEY_VERIFIER);

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(
            "scheme \""
                + DecisionFixture.BEARER
                + "\" has a verifier requiring"
                + " the audience [https://api.example.com/other]")
        .hasMessageContaining("audience(\"https://api.example.com/shop\")")
        .hasMessageNotContaining("scheme \"" + DecisionFixture.QUERY_BEARER + "\"");
  }

  @Test
  void theAudienceCheckCanBeTurnedOff() {
    Gatehouse g =
        withMetadata("https://api.example.com/shop")
            .requireResourceAudience(false)
            .basic(DecisionFixture.BASIC, BASIC_VERIFIER)
            .bearer(DecisionFixture.BEARER, new Audience("orders-api"))
            .bearer(DecisionFixture.QUERY_BEARER, BEARER_VERIFIER)
            .apiKey(DecisionFixture.KEY_H, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_Q, KEY_VERIFIER)
            .apiKey(DecisionFixture.KEY_C, KEY_VERIFIER)
            .build();

    assertThat(g.decide(BEARER_READ, request("Authorization", bearerAuth("tok-read"))))
        .isInstanceOf(Decision.Allow.class);
  }
}
