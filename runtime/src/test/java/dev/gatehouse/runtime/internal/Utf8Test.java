package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict UTF-8 decoding and the copy-free UTF-8 length used for the password cap. */
class Utf8Test {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "\u0000",
        "\u007f",
        "\u0080",
        "\u00e9",
        "\u07ff",
        "\u0800",
        "\u20ac",
        "\uffff",
        "\ud83d\ude00",
        "a\ud83d\ude00b\u0800\u0080",
        "\ud800\udc00\udbff\udfff"
      })
  void encodedLengthIsTheLengthOfTheUtf8Encoding(String text) {
    assertThat(Utf8.encodedLength(text)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "\u0000\u007f", "caf\u00e9", "\u20ac", "\ud83d\ude00"})
  void wellFormedBytesDecodeToTheirText(String text) {
    assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).contains(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "80", // lone continuation byte
        "c0af", // overlong '/'
        "e282", // truncated euro sign
        "eda080", // UTF-16 surrogate encoded in UTF-8
        "f4908080", // above U+10FFFF
        "ff", // never valid
        "61ff62" // invalid byte between ASCII
      })
  void malformedBytesDecodeToNothing(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    assertThat(Utf8.decode(bytes)).isEmpty();
  }
}
