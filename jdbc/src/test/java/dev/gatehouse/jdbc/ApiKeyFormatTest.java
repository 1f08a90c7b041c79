package dev.gatehouse.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ApiKeyFormatTest {
  private final ApiKeyFormat format = ApiKeyFormat.standard();

  @Test
  void keysHaveThePrefixTheIdAndAChecksum() {
    String id = format.newKeyId();
    String key = format.newKey(id);

    assertThat(key).hasSize(format.length()).startsWith("gk_" + id + "_");
    assertThat(format.keyId(key)).contains(id);
    assertThat(Pattern.compile(format.pattern()).matcher("leaked: " + key + " in a log").find())
        .isTrue();
  }

  @Test
  void everySingleCharacterTypoIsCaught() {
    String key = format.newKey(format.newKeyId());
    String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
    for (int i = 0; i < key.length(); i++) {
      for (char c : new char[] {alphabet.charAt(i % 63), alphabet.charAt((i * 7 + 3) % 63)}) {
        if (c != key.charAt(i)) {
          String typo = key.substring(0, i) + c + key.substring(i + 1);
          assertThat(format.keyId(typo)).as(typo).isEmpty();
        }
      }
    }
    // Two adjacent characters swapped.
    for (int i = 3; i + 1 < key.length(); i++) {
      if (key.charAt(i) != key.charAt(i + 1)) {
        String swapped =
            key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2);
        assertThat(format.keyId(swapped)).as(swapped).isEmpty();
      }
    }
  }

  @Test
  void otherPrefixesAndMalformedInputsAreRefused() {
    ApiKeyFormat acme = ApiKeyFormat.withPrefix("acme");
    String key = acme.newKey(acme.newKeyId());
    assertThat(format.keyId(key)).isEmpty();
    assertThat(acme.keyId(key)).isPresent();
    assertThat(format.keyId(null)).isEmpty();
    assertThat(format.keyId("")).isEmpty();
    assertThat(format.keyId(key + "x")).isEmpty();
    assertThatThrownBy(() -> ApiKeyFormat.withPrefix("A"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ApiKeyFormat.withPrefix("gk_"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(format.toString()).isEqualTo("ApiKeyFormat[gk_...]");
  }
}
