package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Canonical-only base64 decoding (decision P2). */
class StrictBase64Test {

  @Test
  void acceptsCanonicalEncodingsOfAnyBytes() {
    Random random = new Random(17);
    for (int length = 1; length < 64; length++) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      String text = Base64.getEncoder().encodeToString(bytes);
      assertThat(StrictBase64.decode(text))
          .as(text)
          .hasValueSatisfying(d -> assertThat(d).isEqualTo(bytes));
    }
  }

  /**
   * Against the JDK's decoder and a re-encoding, for random strings over the alphabet, padding and
   * a few outsiders: accepted exactly when the JDK decodes it and re-encodes it to the same text,
   * and then to the same octets.
   */
  @Test
  void acceptsExactlyTheTextsThatReEncodeToThemselves() {
    Random random = new Random(42);
    // The outsiders include characters above U+00FF whose low byte is an alphabet letter ("A",
    // "a").
    String chars =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ \u00e9\u0141\u2f61";
    int accepted = 0;
    for (int round = 0; round < 200_000; round++) {
      int length = random.nextInt(13);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        // Mostly alphabet characters, so that canonical texts come up often enough.
        text.append(
            random.nextInt(8) == 0
                ? chars.charAt(64 + random.nextInt(chars.length() - 64))
                : chars.charAt(random.nextInt(64)));
      }
      if (random.nextInt(3) == 0 && length >= 2) {
        text.setCharAt(length - 1, '=');
        if (random.nextBoolean()) {
          text.setCharAt(length - 2, '=');
        }
      }
      String s = text.toString();
      byte[] jdk;
      try {
        jdk = Base64.getDecoder().decode(s);
      } catch (IllegalArgumentException e) {
        jdk = null;
      }
      boolean canonical =
          !s.isEmpty() && jdk != null && Base64.getEncoder().encodeToString(jdk).equals(s);
      Optional<byte[]> strict = StrictBase64.decode(s);
      assertThat(strict.isPresent()).as(s).isEqualTo(canonical);
      if (canonical) {
        assertThat(strict.get()).as(s).isEqualTo(jdk);
        accepted++;
      }
    }
    assertThat(accepted).isGreaterThan(1_000);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "dXNlcjpwYXM",
        "dXNlcjpwYXN=",
        "dXNl cjpw",
        "dXNl\ncjpw",
        "dTp-fn4=",
        "dTp_fn4=",
        "====",
        "dXNlcjpw====",
        "dX=lcjpw",
        "\u0661\u0662\u0663\u0664"
      })
  void rejectsEverythingElse(String text) {
    assertThat(StrictBase64.decode(text)).isEmpty();
  }

  /** Oracle from the security rules (3.4 target 2): accepted iff encode(decode(s)) equals s. */
  @Test
  void acceptedExactlyWhenReencodingGivesTheSameText() {
    Random random = new Random(4648);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(13);
      for (int j = 0; j < length; j++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Optional<byte[]> strict = StrictBase64.decode(s);
      boolean canonical;
      try {
        byte[] lenient = Base64.getDecoder().decode(s);
        canonical =
            !s.isEmpty()
                && new String(Base64.getEncoder().encode(lenient), StandardCharsets.US_ASCII)
                    .equals(s);
      } catch (IllegalArgumentException e) {
        canonical = false;
      }
      assertThat(strict.isPresent()).as(s).isEqualTo(canonical);
    }
  }
}
