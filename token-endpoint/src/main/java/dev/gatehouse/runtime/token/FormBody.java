package dev.gatehouse.runtime.token;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Strict {@code application/x-www-form-urlencoded} reading for the token endpoint: the media type
 * check and the body's name/value pairs (RFC 6749 sections 3.2 and 2.3.1).
 *
 * <p>Only {@code &} separates pairs; {@code +} is a space; every {@code %} must start two hex
 * digits; raw characters must be visible ASCII; the decoded octets must be well-formed UTF-8 (no
 * U+FFFD replacement). The body must be labelled UTF-8 or not at all, except that {@code
 * ISO-8859-1} and {@code US-ASCII} labels are accepted on an all-ASCII body, which reads the same
 * in all three (a client library default, such as Apache HttpClient's). A name that occurs twice,
 * compared after decoding, refuses the whole body: lenient parsers disagree on which copy wins, so
 * parameter pollution is refused rather than resolved (RFC 6749 section 3.2, ASVS 15.3.7). The
 * {@code internal.UrlEncoded} parser follows the same rules but is package-private to that package.
 */
final class FormBody {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final int CONTENT_TYPE_CHARS = 1024;

  private FormBody() {}

  /** What a {@code Content-Type} accepted by {@link #label} says about the body's octets. */
  enum Label {
    /** No {@code charset}, or {@code charset=UTF-8}: the decoded octets must be UTF-8. */
    UTF_8,
    /**
     * {@code charset=ISO-8859-1} or {@code charset=US-ASCII}: accepted only when every octet is
     * ASCII, where the three encodings agree byte for byte (see {@link #hasNonAsciiOctet}).
     */
    ASCII_ONLY
  }

  /**
   * The label of {@code contentType} if it is the form media type (case-insensitive) with
   * well-formed parameters, of which {@code charset}, if present, is once and {@code UTF-8}, {@code
   * ISO-8859-1} or {@code US-ASCII} (case-insensitive, quoted or not; no other alias); otherwise
   * null. Other parameters are ignored: they have no meaning for this media type.
   */
  static Label label(String contentType) {
    if (contentType == null || contentType.length() > CONTENT_TYPE_CHARS) {
      return null;
    }
    String[] parts = contentType.split(";", -1);
    if (!equalsIgnoreAsciiCase(strip(parts[0]), FORM)) {
      return null;
    }
    Label label = null;
    for (int i = 1; i < parts.length; i++) {
      String parameter = strip(parts[i]);
      int eq = parameter.indexOf('=');
      if (eq <= 0 || !isToken(parameter.substring(0, eq))) {
        return null;
      }
      String value = parameter.substring(eq + 1);
      if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
        value = value.substring(1, value.length() - 1);
      } else if (!isToken(value)) {
        return null;
      }
      if (equalsIgnoreAsciiCase(parameter.substring(0, eq), "charset")) {
        if (label != null) {
          return null; // a repeated charset is refused even when both copies agree
        }
        if (equalsIgnoreAsciiCase(value, "UTF-8")) {
          label = Label.UTF_8;
        } else if (equalsIgnoreAsciiCase(value, "ISO-8859-1")
            || equalsIgnoreAsciiCase(value, "US-ASCII")) {
          label = Label.ASCII_ONLY;
        } else {
          return null;
        }
      }
    }
    return label == null ? Label.UTF_8 : label;
  }

  /**
   * Whether {@code body} has an octet outside ASCII, raw or as a well-formed percent-escape ({@code
   * %80} to {@code %FF}). Such an octet means different characters in UTF-8 and ISO-8859-1, so a
   * body labelled with a charset other than UTF-8 is ambiguous exactly when this holds.
   */
  static boolean hasNonAsciiOctet(byte[] body) {
    return firstNonAsciiOctet(body) >= 0;
  }

  /** The byte offset of the first octet {@link #hasNonAsciiOctet} looks for, or -1. */
  static int firstNonAsciiOctet(byte[] body) {
    for (int i = 0; i < body.length; i++) {
      if (body[i] < 0) {
        return i;
      }
      if (body[i] == '%'
          && i + 2 < body.length
          && hexDigit(body[i + 1]) >= 0
          && hexDigit(body[i + 2]) >= 0) {
        if (hexDigit(body[i + 1]) >= 8) {
          return i;
        }
        i += 2; // "%25E9" is "%E9" as data, not an escape
      }
    }
    return -1;
  }

  /** Every pair of {@code body}, by decoded name. */
  static Map<String, String> parse(byte[] body) throws TokenRequestException {
    Map<String, String> pairs = new HashMap<>();
    int start = 0;
    while (start <= body.length) {
      int end = indexOf(body, (byte) '&', start, body.length);
      if (end > start) { // empty pairs ("a=1&&b=2", a trailing "&") are skipped, as in WHATWG
        int nameEnd = indexOf(body, (byte) '=', start, end);
        String name = decode(body, start, nameEnd, null);
        String value = nameEnd < end ? decode(body, nameEnd + 1, end, name) : "";
        if (pairs.putIfAbsent(name, value) != null) {
          throw new TokenRequestException(
              TokenError.REPEATED_PARAMETER,
              KNOWN.contains(name)
                  ? "The " + name + " parameter is repeated; send each parameter once"
                  : TokenError.REPEATED_PARAMETER.description());
        }
      }
      start = end + 1;
    }
    return pairs;
  }

  /** Parameter names a refusal may repeat back: RFC 6749's own, never the client's inventions. */
  private static final Set<String> KNOWN =
      Set.of(
          "grant_type",
          "username",
          "password",
          "scope",
          "client_id",
          "client_secret",
          "refresh_token",
          "code",
          "redirect_uri");

  /** Values whose bytes a refusal never describes, only where they went wrong. */
  private static final Set<String> SECRET =
      Set.of("password", "client_secret", "refresh_token", "code");

  /**
   * Decodes {@code raw[from, to)} strictly, or throws {@link TokenError#MALFORMED_BODY} saying what
   * is wrong, at which byte offset of the body, in which parameter, and how to encode it.
   *
   * @param parameter the decoded name whose value this is, or null when decoding a name
   */
  static String decode(byte[] raw, int from, int to, String parameter)
      throws TokenRequestException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(to - from);
    for (int i = from; i < to; i++) {
      byte b = raw[i];
      if (b == '+') {
        bytes.write(' ');
      } else if (b == '%') {
        int high = i + 2 < to ? hexDigit(raw[i + 1]) : -1;
        int low = i + 2 < to ? hexDigit(raw[i + 2]) : -1;
        if (high < 0 || low < 0) {
          throw malformed(
              "a % at byte offset "
                  + i
                  + where(parameter)
                  + " is not followed by two hex digits; write a literal % as %25");
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (b > 0x20 && b < 0x7f) {
        bytes.write(b);
      } else {
        throw malformed(rawByte(b, parameter) + " at byte offset " + i + where(parameter) + how(b));
      }
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      throw malformed(
          subject(parameter)
              + " (bytes "
              + from
              + " to "
              + (to - 1)
              + ") is not UTF-8 once percent-decoded;"
              + " percent-encode the UTF-8 bytes of each character");
    }
  }

  private static TokenRequestException malformed(String what) {
    return new TokenRequestException(
        TokenError.MALFORMED_BODY, TokenError.MALFORMED_BODY.description() + ": " + what);
  }

  private static String where(String parameter) {
    return " in " + subject(parameter);
  }

  private static String subject(String parameter) {
    if (parameter == null) {
      return "a parameter name";
    }
    return KNOWN.contains(parameter) ? "the " + parameter + " value" : "a parameter value";
  }

  private static String rawByte(byte b, String parameter) {
    if (parameter == null || !KNOWN.contains(parameter) || SECRET.contains(parameter)) {
      return "a byte that must be percent-encoded"; // never describe a secret's bytes
    }
    if (b == ' ') {
      return "a raw space";
    }
    return String.format("a raw byte 0x%02X", b & 0xff);
  }

  private static String how(byte b) {
    return b == ' '
        ? "; encode a space as + or %20"
        : "; percent-encode it (a space as + or %20, other bytes as %XX of their UTF-8 encoding)";
  }

  /** The first index of {@code b} in {@code bytes[from, to)}, or {@code to}. */
  private static int indexOf(byte[] bytes, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return to;
  }

  private static int hexDigit(byte b) {
    if (b >= '0' && b <= '9') {
      return b - '0';
    }
    if (b >= 'a' && b <= 'f') {
      return b - 'a' + 10;
    }
    if (b >= 'A' && b <= 'F') {
      return b - 'A' + 10;
    }
    return -1;
  }

  /** Removes RFC 9110 optional whitespace (SP, HTAB) at both ends. */
  static String strip(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && (s.charAt(from) == ' ' || s.charAt(from) == '\t')) {
      from++;
    }
    while (to > from && (s.charAt(to - 1) == ' ' || s.charAt(to - 1) == '\t')) {
      to--;
    }
    return s.substring(from, to);
  }

  /** Case-insensitive for A-Z only: {@code equalsIgnoreCase} would fold U+0130 to {@code i}. */
  static boolean equalsIgnoreAsciiCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      if (lower(a.charAt(i)) != lower(b.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** RFC 9110 section 5.6.2 {@code token}. */
  private static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && "!#$%&'*+-.^_`|~".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }
}
