package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
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
    AuthorizationField.Parsed field = AuthorizationField.read(request, "Basic");
    switch (field.kind()) {
      case ABSENT:
      case SCHEME_ONLY:
        return Extraction.absent();
      case REJECTED:
        return Extraction.rejected(field.reason());
      default:
        break;
    }
    String token = field.credentials();
    if (!field.token68()) {
      return Extraction.rejected(Reason.BAD_TOKEN68);
    }
    Optional<byte[]> octets = StrictBase64.decode(token);
    if (octets.isEmpty()) {
      return Extraction.rejected(Reason.BAD_BASE64);
    }
    Optional<String> text = Utf8.decode(octets.get());
    Arrays.fill(octets.get(), (byte) 0);
    if (text.isEmpty()) {
      return Extraction.rejected(Reason.NOT_UTF8);
    }
    return split(text.get());
  }

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
