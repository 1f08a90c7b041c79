package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table-driven character classes against the grammar written out (RFC 9110 sections 5.6.2 and
 * 11.2), for every char and for every position of an odd character in short and long strings, so
 * that the four-at-a-time scan and its scalar tail agree with the rule at every boundary.
 */
class AsciiTest {

  private static final Pattern TOKEN68 = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
  private static final String TCHARS = "!#$%&'*+-.^_`|~";

  /**
   * Every octet value at every position of arrays of 1 to 24 octets (so in each lane of the
   * eight-at-a-time words and in the tail), amid printable octets of both extremes, alone and next
   * to a second odd octet that could borrow or carry into it.
   */
  @Test
  void printableIsExactlyTwentyToSevenEForEveryOctetAtEveryPosition() {
    for (int n = 1; n <= 24; n++) {
      for (int at = 0; at < n; at++) {
        for (int value = 0; value < 256; value++) {
          for (byte filler : new byte[] {0x20, 0x7e, 'a'}) {
            byte[] octets = new byte[n + 3];
            java.util.Arrays.fill(octets, filler);
            octets[at] = (byte) value;
            boolean printable = value >= 0x20 && value <= 0x7e;
            assertThat(Ascii.isPrintable(octets, n))
                .as("0x%02X at %d of %d amid 0x%02X", value, at, n, filler)
                .isEqualTo(printable);
            // Octets past n are not looked at.
            octets[n] = 0x00;
            assertThat(Ascii.isPrintable(octets, n)).isEqualTo(printable);
          }
        }
      }
    }
    assertThat(Ascii.isPrintable(new byte[0], 0)).isTrue();
  }

  @Test
  void printableFindsAnOddOctetNextToAnother() {
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int round = 0; round < 200_000; round++) {
      int n = random.nextInt(1, 40);
      byte[] octets = new byte[n];
      boolean printable = true;
      for (int i = 0; i < n; i++) {
        // Mostly printable, with odd octets (and pairs of them) often enough.
        int value = random.nextInt(6) == 0 ? random.nextInt(256) : random.nextInt(0x20, 0x7f);
        octets[i] = (byte) value;
        printable &= value >= 0x20 && value <= 0x7e;
      }
      assertThat(Ascii.isPrintable(octets, n)).isEqualTo(printable);
    }
  }

  @Test
  void tcharIsTheRfcSetForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean expected =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || (c < 0x80 && TCHARS.indexOf(c) >= 0);
      assertThat(Ascii.isTchar((char) c)).as("U+%04X", c).isEqualTo(expected);
    }
  }

  @Test
  void token68OfOneCharIsTheRfcSetForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertThat(Ascii.isToken68(s)).as("U+%04X", c).isEqualTo(TOKEN68.matcher(s).matches());
    }
  }

  @Test
  void token68AgreesWithTheGrammarForAnOddCharAtEveryPosition() {
    char[] odd = {
      '=',
      ' ',
      '\t',
      '\u0000',
      '\u001f',
      '\u007f',
      '\u0080',
      '\u00e9',
      '\u0130',
      '\uff21',
      ',',
      '"',
      '%',
      '!',
      ':',
      '\u0100' + 'a'
    };
    for (int length = 1; length <= 19; length++) {
      for (int at = 0; at < length; at++) {
        for (char c : odd) {
          char[] chars = new char[length];
          for (int i = 0; i < length; i++) {
            chars[i] = "aZ9-._~+/".charAt(i % 9);
          }
          chars[at] = c;
          String s = new String(chars);
          assertThat(Ascii.isToken68(s))
              .as("%s with U+%04X at %d", s, (int) c, at)
              .isEqualTo(TOKEN68.matcher(s).matches());
        }
      }
    }
  }

  @Test
  void paddingOnlyAtTheEnd() {
    for (String s :
        new String[] {
          "abcd=", "abcd==", "abcdefg=", "abcdefgh====", "a=b", "abcd=efgh", "==", "="
        }) {
      assertThat(Ascii.isToken68(s)).as(s).isEqualTo(TOKEN68.matcher(s).matches());
    }
  }

  @Test
  void token68FromAnOffsetLooksOnlyThere() {
    assertThat(Ascii.isToken68("Bearer abc", 7)).isTrue();
    assertThat(Ascii.isToken68("Bearer abc", 6)).isFalse();
    assertThat(Ascii.isToken68("Bearer ", 7)).isFalse();
    assertThat(Ascii.isToken68("x==", 1)).isFalse();
  }
}
