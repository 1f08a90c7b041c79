package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;

/**
 * Extracts HTTP Basic credentials (RFC 7617, security rules 1.2, decisions P1-P3).
 *
 * <p>Steps, each a distinct reason: one {@code Authorization} line; scheme {@code Basic} folded A-Z
 * only; {@code 1*SP}; exactly one token68; canonical base64; strict UTF-8; split at the first
 * colon; no control characters; non-empty user-id and password; NFC; length caps. {@code Basic}
 * with nothing after it is absent (rule 1.2.1: 401 without credentials). No trimming anywhere.
 */
final class BasicExtractor implements CredentialExtractor<BasicCredentials> {

  @Override
  public Extraction<BasicCredentials> extract(RequestView request) {
    // The credentials are decoded before anything else looks at them: canonical base64 is a
    // token68 and holds no control character, so only a refused one needs the field's own checks.
    AuthorizationField.Parsed field = AuthorizationField.readUnchecked(request, "Basic");
    switch (field.kind()) {
      case ABSENT:
      case SCHEME_ONLY:
        return Extraction.absent();
      case REJECTED:
        return Extraction.rejected(field.reason());
      default:
        break;
    }
    // Decoded where it stands in the field: no copy of the encoded credentials.
    byte[] octets = StrictBase64.decode(field.value(), field.start());
    if (octets == null) {
      return refused(field.value());
    }
    try {
      return credentials(octets);
    } finally {
      Arrays.fill(octets, (byte) 0);
    }
  }

  /**
   * Why credentials that are not canonical base64 are refused, in the order of the steps: a control
   * character anywhere in the field, then not a token68, then not canonical base64.
   */
  private static Extraction<BasicCredentials> refused(String value) {
    AuthorizationField.Parsed field = AuthorizationField.parse(value, "Basic");
    if (field.kind() == AuthorizationField.Kind.REJECTED) {
      return Extraction.rejected(field.reason());
    }
    return Extraction.rejected(field.token68() ? Reason.BAD_BASE64 : Reason.BAD_TOKEN68);
  }

  /**
   * The user-pass in {@code octets}. Almost always every octet is a printable US-ASCII character:
   * that is well-formed UTF-8 that decodes to the same characters, holds no control character and
   * is already in NFC, so one pass, eight octets at a time, establishes it and each part is then
   * copied once, straight into its string, after the checks of the full path ({@link #split}) in
   * the same order. Any other octet takes the full path.
   */
  private static Extraction<BasicCredentials> credentials(byte[] octets) {
    int n = octets.length;
    if (!Ascii.isPrintable(octets, n)) {
      Optional<String> text = Utf8.decode(octets);
      return text.isEmpty() ? Extraction.rejected(Reason.NOT_UTF8) : split(text.get());
    }
    int colon = 0;
    while (colon < n && octets[colon] != ':') {
      colon++;
    }
    if (colon == n) {
      return Extraction.rejected(Reason.NO_COLON);
    }
    if (colon == 0) {
      return Extraction.rejected(Reason.EMPTY_USERNAME); // never look up "" (rule 1.2.6)
    }
    int passwordLength = n - colon - 1;
    if (passwordLength == 0) {
      return Extraction.rejected(Reason.EMPTY_PASSWORD);
    }
    // One character per octet: the user-id's code points and the password's UTF-8 octets.
    if (colon > Limits.USERNAME_CODE_POINTS || passwordLength > Limits.PASSWORD_BYTES) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    return Extraction.present(
        new BasicCredentials(
            new String(octets, 0, colon, StandardCharsets.ISO_8859_1),
            new String(octets, colon + 1, passwordLength, StandardCharsets.ISO_8859_1)));
  }

  /**
   * The user-pass of octets that are not all printable US-ASCII (a control character, or an octet
   * from 0x80 up), once they decoded as strict UTF-8.
   */
  private static Extraction<BasicCredentials> split(String userPass) {
    int colon = userPass.indexOf(':');
    if (colon < 0) {
      return Extraction.rejected(Reason.NO_COLON);
    }
    if (Ascii.indexOfCtl(userPass) >= 0) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    if (colon == 0) {
      return Extraction.rejected(Reason.EMPTY_USERNAME); // never look up "" (rule 1.2.6)
    }
    if (colon == userPass.length() - 1) {
      return Extraction.rejected(Reason.EMPTY_PASSWORD);
    }
    String username = nfc(userPass.substring(0, colon));
    String password = nfc(userPass.substring(colon + 1));
    if (username.codePointCount(0, username.length()) > Limits.USERNAME_CODE_POINTS
        || Utf8.encodedLength(password) > Limits.PASSWORD_BYTES) {
      return Extraction.rejected(Reason.TOO_LARGE);
    }
    return Extraction.present(new BasicCredentials(username, password));
  }

  /** NFC; ASCII text is already in NFC (and every other form), so it skips the normalizer. */
  private static String nfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
      }
    }
    return s;
  }
}
