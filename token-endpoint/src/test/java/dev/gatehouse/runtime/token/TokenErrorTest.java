package dev.gatehouse.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenErrorTest {

  private static final Set<String> RFC_6749_CODES =
      Set.of(
          "invalid_request",
          "invalid_client",
          "invalid_grant",
          "unauthorized_client",
          "unsupported_grant_type",
          "invalid_scope",
          "temporarily_unavailable");

  @ParameterizedTest
  @EnumSource(TokenError.class)
  void everyErrorUsesTheRfcVocabularyAndAllowedCharacters(TokenError error) {
    assertThat(RFC_6749_CODES).contains(error.code());
    assertThat(Text.isErrorText(error.description())).isTrue();
    TokenResponse response = TokenResponse.error(error, "Basic realm=\"test\"");
    assertThat(response.status()).isEqualTo(error.status());
    assertThat(response.headers()).containsEntry("Cache-Control", "no-store");
    assertThat(response.headers()).containsEntry("Content-Type", "application/json;charset=UTF-8");
    assertThat(response.headers().containsKey("WWW-Authenticate")).isEqualTo(error.status() == 401);
  }

  @Test
  void onlyInvalidClientIs401AndOnlyTheOutageIs503() {
    for (TokenError error : TokenError.values()) {
      assertThat(error.status() == 401).isEqualTo(error == TokenError.INVALID_CLIENT);
      assertThat(error.status() == 503).isEqualTo(error == TokenError.TEMPORARILY_UNAVAILABLE);
    }
  }

  @Test
  void jsonEscapingCoversQuotesBackslashesAndNonAscii() {
    assertThat(Text.json("a\"b\\c\u00e9\n")).isEqualTo("\"a\\\"b\\\\c\\u00e9\\u000a\"");
  }
}
