package dev.gatehouse.runtime.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * ASCII character classes and case folding from RFC 9110 and RFC 5234, free of locale and Unicode
 * case rules.
 *
 * <p>Why not {@code equalsIgnoreCase}: on the JDK it folds U+0130 and U+0131 (Turkish dotted and
 * dotless I) to {@code i}, so {@code "Basİc"} would match {@code "basic"} (security rules 1.1.2).
 */
final class Ascii {

  /** Eight octets of a byte array at a time, in a fixed order, for {@link #isPrintable}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  private static final String TCHAR_SYMBOLS = "!#$%&'*+-.^_`|~";
  private static final String TOKEN68_SYMBOLS = "-._~+/";

  /** Character classes of US-ASCII, as bits: one table load per character on the hot paths. */
  private static final byte[] CLASSES = new byte[0x80];

  private static final byte TCHAR = 1;
  private static final byte TOKEN68 = 2;

  static {
    for (char c = 0; c < 0x80; c++) {
      boolean alphaOrDigit = isAlphaOrDigit(c);
      if (alphaOrDigit || TCHAR_SYMBOLS.indexOf(c) >= 0) {
        CLASSES[c] |= TCHAR;
      }
      if (alphaOrDigit || TOKEN68_SYMBOLS.indexOf(c) >= 0) {
        CLASSES[c] |= TOKEN68;
      }
    }
  }

  private Ascii() {}

  /** RFC 5234 CTL: %x00-1F and %x7F (so TAB counts). */
  static boolean isCtl(char c) {
    return c < 0x20 || c == 0x7f;
  }

  static boolean isAlphaOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** RFC 9110 section 5.6.2 {@code tchar}. */
  static boolean isTchar(char c) {
    return c < 0x80 && (CLASSES[c] & TCHAR) != 0;
  }

  /** RFC 9110 section 5.6.2 {@code token}: one or more tchars. */
  static boolean isToken(String s) {
    return !s.isEmpty() && tcharRun(s, 0, s.length()) == s.length();
  }

  /**
   * The index after the run of tchars starting at {@code from}, scanning no further than {@code
   * limit}.
   */
  static int tcharRun(String s, int from, int limit) {
    int i = from;
    int end = Math.min(limit, s.length());
    while (i < end && isTchar(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * RFC 9110 section 11.2 {@code token68}: {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" /
   * "/" ) *"="}; also RFC 6750's {@code b64token}.
   */
  static boolean isToken68(String s) {
    return isToken68(s, 0);
  }

  /** Whether {@code s} from {@code from} on is a {@link #isToken68(String) token68}. */
  static boolean isToken68(String s, int from) {
    int i = from;
    int n = s.length();
    // Four characters per step with one branch (a JWT is about a thousand of them); the last few,
    // and the "=" padding, one at a time.
    while (i + 4 <= n) {
      char c0 = s.charAt(i);
      char c1 = s.charAt(i + 1);
      char c2 = s.charAt(i + 2);
      char c3 = s.charAt(i + 3);
      if ((c0 | c1 | c2 | c3) >= 0x80
          || (CLASSES[c0] & CLASSES[c1] & CLASSES[c2] & CLASSES[c3] & TOKEN68) == 0) {
        break;
      }
      i += 4;
    }
    while (i < n && isToken68Char(s.charAt(i))) {
      i++;
    }
    if (i == from) {
      return false;
    }
    while (i < n && s.charAt(i) == '=') {
      i++;
    }
    return i == n;
  }

  private static boolean isToken68Char(char c) {
    return c < 0x80 && (CLASSES[c] & TOKEN68) != 0;
  }

  /** The value of an ASCII hex digit, or -1 ({@link Character#digit} also takes fullwidth ones). */
  static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = fold(c);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
  }

  /** Index of the first CTL in {@code s}, or -1. */
  static int indexOfCtl(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isCtl(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether every one of the first {@code n} octets is printable US-ASCII, %x20-7E: no control
   * character, no DEL, nothing from 0x80 up. Eight octets per step: in a word with no octet below
   * 0x20, subtracting 0x20 from each borrows nowhere and leaves every high bit as it was, so a high
   * bit that {@code x - 0x20..} sets where {@code x} had none marks an octet below 0x20; adding 1
   * to each sets a high bit exactly for 0x7F, and {@code | x} keeps those of 0x80 and up. A borrow
   * or carry only ever follows an octet that is already flagged.
   */
  static boolean isPrintable(byte[] octets, int n) {
    long flagged = 0;
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long x = (long) LONGS.get(octets, i);
      flagged |= ((x - 0x20 * ONES) & ~x) | ((x + ONES) | x);
    }
    if ((flagged & HIGH_BITS) != 0) {
      return false;
    }
    for (; i < n; i++) {
      byte b = octets[i];
      if (b < 0x20 || b == 0x7f) {
        return false;
      }
    }
    return true;
  }

  /** Folds A-Z to a-z and leaves every other character alone. */
  static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@code s} with only A-Z folded to a-z. */
  static String toLowerCase(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.append(fold(s.charAt(i)));
    }
    return out.toString();
  }

  /** Case-insensitive equality that folds only A-Z (RFC 9110 section 11.1 scheme matching). */
  static boolean equalsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (fold(a.charAt(i)) != fold(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code s} starts with {@code prefix}, folding only A-Z, without a substring. */
  static boolean startsWithIgnoreCase(String s, String prefix) {
    if (s.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (fold(s.charAt(i)) != fold(prefix.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code s} without leading and trailing OWS (SP and HTAB), which is not part of a field value.
   */
  static String stripOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isOws(s.charAt(start))) {
      start++;
    }
    while (end > start && isOws(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }
}
