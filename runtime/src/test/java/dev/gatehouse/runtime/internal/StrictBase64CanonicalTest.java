package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision P2 over the whole alphabet: with one or two padding characters, the character before the
 * padding is accepted exactly when its unused bits are zero, that is when the JDK's encoder would
 * have written the same text.
 */
class StrictBase64CanonicalTest {
  private static final String ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  @Test
  void lastCharacterBeforePaddingMustLeaveNoUnusedBits() {
    for (char c : ALPHABET.toCharArray()) {
      for (String text : new String[] {"AA" + c + "=", "A" + c + "==", "AAA" + c}) {
        byte[] lenient = Base64.getDecoder().decode(text);
        boolean canonical = Base64.getEncoder().encodeToString(lenient).equals(text);
        Optional<byte[]> strict = StrictBase64.decode(text);
        assertThat(strict.isPresent()).as(text).isEqualTo(canonical);
        strict.ifPresent(bytes -> assertThat(bytes).as(text).isEqualTo(lenient));
      }
    }
  }

  @Test
  void everyCanonicalOneAndTwoByteValueDecodes() {
    for (int b = 0; b < 256; b++) {
      byte[] one = {(byte) b};
      byte[] two = {(byte) b, (byte) (255 - b)};
      assertThat(StrictBase64.decode(Base64.getEncoder().encodeToString(one)))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(one));
      assertThat(StrictBase64.decode(Base64.getEncoder().encodeToString(two)))
          .hasValueSatisfying(v -> assertThat(v).isEqualTo(two));
    }
  }
}
