package dev.gatehouse.runtime.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Extraction.Reason;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Basic extractor on well-encoded fields whose decoded user-pass is random: the part a fuzzer
 * reaches least, since almost every random field fails long before its base64 decodes. Each
 * user-pass is a mix of what decides the outcome: US-ASCII letters, colons, control characters,
 * stray octets from 0x80 up, well-formed UTF-8 (two- to four-octet forms, a decomposed {@code e} +
 * U+0301 that NFC composes), and runs long enough to cross the user-id and password caps. Every one
 * is checked against {@link BasicFuzzTest}'s reference (same outcome, same reason) and its round
 * trip, so the all-ASCII fast path and the full UTF-8 path must agree with the rules.
 */
class BasicUserPassTest {

  private static final int CASES = 60_000;

  private static final byte[][] PIECES = {
    ascii("a"),
    ascii("Z9"),
    ascii(":"),
    ascii(" "),
    ascii("~!"),
    {0x00},
    {0x09},
    {0x1f},
    {0x7f},
    {(byte) 0x80},
    {(byte) 0xc3},
    {(byte) 0xff},
    utf8("é"),
    utf8("e\u0301"),
    utf8("€"),
    utf8("\uD83D\uDD11"),
    {(byte) 0xc0, (byte) 0xaf}, // overlong "/"
    {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, // an encoded surrogate
  };

  @Test
  void everyUserPassMatchesTheReference() {
    SplittableRandom random = new SplittableRandom(20261206);
    BasicFuzzTest fuzz = new BasicFuzzTest();
    Map<Reason, Integer> reasons = new EnumMap<>(Reason.class);
    int accepted = 0;
    for (int n = 0; n < CASES; n++) {
      byte[] userPass = userPass(random);
      String line = "Basic " + Base64.getEncoder().encodeToString(userPass);
      // Asserts the outcome against the reference, and the round trip of accepted ones.
      fuzz.basicHeader(line.getBytes(StandardCharsets.ISO_8859_1));
      var expected = BasicFuzzTest.expected(line);
      if (Oracles.credential(expected) != null) {
        accepted++;
      } else if (Oracles.reason(expected) != null) {
        reasons.merge(Oracles.reason(expected), 1, Integer::sum);
      }
    }
    // The cases reached every outcome a decoded user-pass can have, on both paths.
    assertThat(accepted).isGreaterThan(CASES / 20);
    assertThat(reasons)
        .containsKeys(
            Reason.NOT_UTF8,
            Reason.NO_COLON,
            Reason.CONTROL_CHARACTER,
            Reason.EMPTY_USERNAME,
            Reason.EMPTY_PASSWORD,
            Reason.TOO_LARGE);
  }

  private static byte[] userPass(SplittableRandom random) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Mostly short, as credentials are; some long enough for the caps (256 code points, 1,024
    // octets of password).
    int pieces = random.nextInt(10) == 0 ? random.nextInt(200, 1_200) : random.nextInt(0, 12);
    boolean plain = random.nextInt(3) == 0; // letters and one colon only: the common case
    if (plain) {
      int user = random.nextInt(0, 6);
      for (int i = 0; i < pieces; i++) {
        out.writeBytes(i == user ? ascii(":") : PIECES[random.nextInt(2)]);
      }
      return out.toByteArray();
    }
    for (int i = 0; i < pieces; i++) {
      // Letters most of the time, so that one odd piece decides the outcome.
      out.writeBytes(random.nextInt(4) != 0 ? PIECES[0] : PIECES[random.nextInt(PIECES.length)]);
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
