package dev.gatehouse.runtime.token;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Reads {@code client_secret_basic} client credentials from one {@code Authorization} field line
 * (RFC 6749 section 2.3.1, RFC 7617).
 *
 * <p>The steps: scheme {@code Basic} (A-Z folded only), {@code 1*SP}, one canonical base64 token
 * (decision P2), strict UTF-8, split at the first colon, then each part form-urlencoded-decoded as
 * RFC 6749 requires, so {@code %3A} in a client id is a colon and {@code +} is a space. Any
 * failure, and any other scheme, is {@link TokenError#INVALID_CLIENT}: the client tried to
 * authenticate in the header, which RFC 6749 section 5.2 answers with 401 and a challenge.
 */
final class ClientBasic {

  /** The decoded id and secret, both non-empty. */
  record Parts(String clientId, String clientSecret) {
    @Override
    public String toString() {
      return "Parts[clientId=" + Text.escape(clientId) + ", clientSecret=****]";
    }
  }

  private static final int FIELD_LINE_CHARS = 8 * 1024;

  private ClientBasic() {}

  /** The client's id and secret, or null for {@code Basic Og==} (an empty id and secret). */
  static Parts parse(String line) throws TokenRequestException {
    String value = FormBody.strip(line);
    if (value.length() > FIELD_LINE_CHARS
        || value.length() < 7
        || !FormBody.equalsIgnoreAsciiCase(value.substring(0, 5), "Basic")
        || value.charAt(5) != ' ') {
      throw invalid();
    }
    int start = 5;
    while (start < value.length() && value.charAt(start) == ' ') {
      start++;
    }
    byte[] octets = canonicalBase64(value.substring(start));
    String userPass;
    try {
      userPass =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(octets))
              .toString();
    } catch (CharacterCodingException e) {
      throw invalid();
    } finally {
      Arrays.fill(octets, (byte) 0);
    }
    if (userPass.equals(":")) {
      // Swagger UI's Authorize dialog sends "Basic Og==" (empty id and secret) for public clients
      // by default: that authenticates no client, so it counts as none.
      return null;
    }
    int colon = userPass.indexOf(':');
    if (colon <= 0 || colon == userPass.length() - 1) {
      throw invalid();
    }
    String clientId = formDecode(userPass.substring(0, colon));
    String clientSecret = formDecode(userPass.substring(colon + 1));
    if (Text.hasCtl(clientId) || Text.hasCtl(clientSecret)) {
      throw invalid();
    }
    return new Parts(clientId, clientSecret);
  }

  /** RFC 4648 base64 in its one canonical form, or {@link TokenError#INVALID_CLIENT}. */
  private static byte[] canonicalBase64(String token) throws TokenRequestException {
    if (token.isEmpty() || token.length() % 4 != 0) {
      throw invalid();
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && c != '+' && c != '/' && c != '=') {
        throw invalid();
      }
    }
    byte[] decoded;
    try {
      decoded = Base64.getDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    // The JDK decoder accepts non-zero unused bits; re-encoding leaves one encoding per value.
    if (!Base64.getEncoder().encodeToString(decoded).equals(token)) {
      Arrays.fill(decoded, (byte) 0);
      throw invalid();
    }
    return decoded;
  }

  private static String formDecode(String part) throws TokenRequestException {
    byte[] raw = part.getBytes(StandardCharsets.UTF_8);
    try {
      return FormBody.decode(raw, 0, raw.length, "client_secret");
    } catch (TokenRequestException e) {
      throw invalid();
    } finally {
      Arrays.fill(raw, (byte) 0);
    }
  }

  private static TokenRequestException invalid() {
    return new TokenRequestException(TokenError.INVALID_CLIENT);
  }
}
