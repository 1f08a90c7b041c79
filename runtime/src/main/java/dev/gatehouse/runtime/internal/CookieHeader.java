package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.Extraction.Reason;
import java.util.List;

/**
 * Finds one cookie in the {@code Cookie} field lines (RFC 6265 sections 4.2.1 and 5.4, security
 * rules 1.8.4, decision P5).
 *
 * <p>All lines, without surrounding whitespace, are joined with {@code "; "} first (HTTP/2 may
 * split the field, RFC 9113 section 8.2.3). Pairs are split at {@code ;}; whitespace between pairs,
 * empty pairs and pairs without {@code =} are tolerated. Names are case-sensitive. Nothing inside a
 * name or value is trimmed or percent-decoded; one pair of double quotes around the value is
 * removed.
 */
final class CookieHeader {

  /**
   * The cookie's value, or why there is none: {@code value == null} with a null reason is absent.
   */
  record Found(String value, Reason reason) {}

  private static final Found ABSENT = new Found(null, null);

  private CookieHeader() {}

  /** Looks {@code name} up in {@code lines}. */
  static Found find(List<String> lines, String name) {
    if (lines.isEmpty()) {
      return ABSENT;
    }
    long total = 0;
    for (String line : lines) {
      total += line.length() + 2;
    }
    if (total > Limits.COOKIE_CHARS) {
      return new Found(null, Reason.TOO_LARGE);
    }
    StringBuilder all = new StringBuilder((int) total);
    for (String line : lines) {
      // Surrounding OWS is not part of a field value; inner whitespace is kept.
      all.append(all.length() == 0 ? "" : "; ").append(Ascii.stripOws(line));
    }
    String joined = all.toString();
    String rawName = null;
    String rawValue = null;
    int start = 0;
    while (start <= joined.length()) {
      int end = joined.indexOf(';', start);
      if (end < 0) {
        end = joined.length();
      }
      int pairStart = start;
      while (pairStart < end && Ascii.isOws(joined.charAt(pairStart))) {
        pairStart++;
      }
      int eq = joined.indexOf('=', pairStart);
      if (eq >= 0 && eq < end) {
        String pairName = joined.substring(pairStart, eq);
        // Compare with surrounding whitespace removed, so "sid =x" still counts as a duplicate
        // of "sid=y" for the parsers that trim; it is then refused rather than trimmed.
        if (Ascii.stripOws(pairName).equals(name)) {
          if (rawName != null) {
            return new Found(null, Reason.DUPLICATE_COOKIE);
          }
          rawName = pairName;
          rawValue = joined.substring(eq + 1, end);
        }
      }
      start = end + 1;
    }
    if (rawName == null) {
      return ABSENT;
    }
    if (!rawName.equals(name)) {
      return new Found(null, Reason.BAD_COOKIE);
    }
    return value(rawValue);
  }

  private static Found value(String raw) {
    if (raw.length() > Limits.CREDENTIAL_CHARS) {
      return new Found(null, Reason.TOO_LARGE);
    }
    if (Ascii.indexOfCtl(raw) >= 0) {
      return new Found(null, Reason.CONTROL_CHARACTER);
    }
    String value = raw;
    if (raw.startsWith("\"") || raw.endsWith("\"")) {
      if (raw.length() < 2 || !raw.startsWith("\"") || !raw.endsWith("\"")) {
        return new Found(null, Reason.BAD_COOKIE); // unbalanced quotes: no match (P5)
      }
      value = raw.substring(1, raw.length() - 1);
    }
    for (int i = 0; i < value.length(); i++) {
      if (!isCookieOctet(value.charAt(i))) {
        return new Found(null, Reason.BAD_COOKIE);
      }
    }
    return value.isEmpty() ? ABSENT : new Found(value, null);
  }

  /** RFC 6265 {@code cookie-octet}: visible ASCII except DQUOTE, comma, semicolon, backslash. */
  private static boolean isCookieOctet(char c) {
    return c > 0x20 && c < 0x7f && c != '"' && c != ',' && c != ';' && c != '\\';
  }
}
