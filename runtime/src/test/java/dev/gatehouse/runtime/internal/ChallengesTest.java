package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Challenge rendering: the exact shorthands of security rules 0.2, escaping, and refusal of unsafe
 * values.
 */
class ChallengesTest {

  @Test
  void rendersTheCatalogueShorthands() {
    assertThat(Challenges.basic("test")).isEqualTo("Basic realm=\"test\", charset=\"UTF-8\"");
    assertThat(Challenges.bearer("test")).isEqualTo("Bearer realm=\"test\"");
    assertThat(Challenges.bearer("test", "invalid_token", null, null))
        .isEqualTo("Bearer realm=\"test\", error=\"invalid_token\"");
    assertThat(Challenges.bearer("test", "invalid_request", null, null))
        .isEqualTo("Bearer realm=\"test\", error=\"invalid_request\"");
    assertThat(Challenges.bearer("test", "insufficient_scope", null, "read write"))
        .isEqualTo("Bearer realm=\"test\", error=\"insufficient_scope\", scope=\"read write\"");
    assertThat(Challenges.apiKey("test")).isEqualTo("APIKey realm=\"test\"");
    assertThat(Challenges.scheme("HOBA", "test")).isEqualTo("HOBA realm=\"test\"");
  }

  @Test
  void bearerAttributesComeInAFixedOrder() {
    assertThat(Challenges.bearer("r", "invalid_token", "The access token expired", "a:b"))
        .isEqualTo(
            "Bearer realm=\"r\", error=\"invalid_token\","
                + " error_description=\"The access token expired\", scope=\"a:b\"");
  }

  @Test
  void rendersDigestWithAlgorithmAndOptionalStale() {
    assertThat(Challenges.digest("test", "n1", "o1", false))
        .isEqualTo(
            "Digest realm=\"test\", qop=\"auth\", algorithm=SHA-256, nonce=\"n1\", opaque=\"o1\","
                + " charset=UTF-8");
    assertThat(Challenges.digest("test", "n1", "o1", true)).endsWith(", charset=UTF-8, stale=true");
  }

  @Test
  void realmsAreEscapedAsQuotedStrings() {
    assertThat(Challenges.apiKey("My \"API\" \\ v2"))
        .isEqualTo("APIKey realm=\"My \\\"API\\\" \\\\ v2\"");
    assertThat(Challenges.basic("")).isEqualTo("Basic realm=\"\", charset=\"UTF-8\"");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a\r\nSet-Cookie: x=1", "a\nb", "a\u0000", "a\tb", "caf\u00e9", "a\u007f"})
  void realmsWithControlOrNonAsciiCharactersAreRefused(String realm) {
    assertThatThrownBy(() -> Challenges.basic(realm)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Challenges.bearer(realm)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Challenges.apiKey(realm)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a\"b", "a\\b", "a\nb", "é"})
  void errorAndDescriptionOutsideRfc6750CharsetAreRefused(String text) {
    assertThatThrownBy(() -> Challenges.bearer("r", text, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Challenges.bearer("r", "invalid_token", text, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " read", "read ", "read  write", "re\"ad", "re\\ad", "réad", "a\tb"})
  void scopesMustBeSingleSpacedScopeTokens(String scope) {
    assertThatThrownBy(() -> Challenges.bearer("r", "insufficient_scope", null, scope))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Two words", "Bad\"", "Schéme"})
  void genericSchemeMustBeAToken(String scheme) {
    assertThatThrownBy(() -> Challenges.scheme(scheme, "r"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
