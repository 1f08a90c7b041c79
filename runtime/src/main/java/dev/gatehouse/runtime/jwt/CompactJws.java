package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The first stage of a {@link JwtVerifier} check: splits a compact JWS, decodes it strictly and
 * applies the header rules of security rules 1.4 (steps 2 to 8) before any key is looked up.
 */
final class CompactJws {
  /** Header parameters we refuse outright: extensions we do not understand, keys from the token. */
  private static final Set<String> REFUSED_HEADERS = Set.of("crit", "b64", "jku", "x5u", "jwk");

  private static final int MAX_KID_LENGTH = 256;
  private static final String JWT = "application/jwt";
  private static final String AT_JWT = "application/at+jwt";

  final JWSObject jws;
  final JWSAlgorithm algorithm;
  /** The {@code kid} header, or null. */
  final String keyId;

  private final String payloadSegment;

  private CompactJws(JWSObject jws, JWSAlgorithm algorithm, String keyId, String payloadSegment) {
    this.jws = jws;
    this.algorithm = algorithm;
    this.keyId = keyId;
    this.payloadSegment = payloadSegment;
  }

  /**
   * Parses {@code token}, refusing anything but a three-segment JWS whose header passes the rules.
   *
   * @param allowed the algorithm allowlist, by exact (case-sensitive) name
   * @param requireAccessTokenType whether {@code typ} must be {@code at+jwt} (RFC 9068 section 4)
   */
  static CompactJws parse(
      String token, Map<String, JWSAlgorithm> allowed, boolean requireAccessTokenType)
      throws TokenRejected {
    int first = token.indexOf('.');
    int second = first < 0 ? -1 : token.indexOf('.', first + 1);
    int dots = (int) token.chars().filter(c -> c == '.').count();
    if (dots == 4) {
      // Five segments is a JWE; we never decrypt (CVE-2026-29000, CVE-2023-52428).
      throw new TokenRejected(JwtRejection.ENCRYPTED_OR_NESTED);
    }
    if (dots != 2) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    String headerSegment = token.substring(0, first);
    String payloadSegment = token.substring(first + 1, second);
    String signatureSegment = token.substring(second + 1);
    Map<String, Object> header = json(utf8(decode(headerSegment)));
    decode(payloadSegment);
    decode(signatureSegment);

    JWSAlgorithm algorithm = checkHeader(header, allowed, requireAccessTokenType);
    String keyId = checkKeyId(header);
    try {
      JWSObject jws =
          new JWSObject(
              new Base64URL(headerSegment),
              new Base64URL(payloadSegment),
              new Base64URL(signatureSegment));
      return new CompactJws(jws, algorithm, keyId, payloadSegment);
    } catch (ParseException e) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
  }

  /** The claims object; call only after the signature verified (ASVS 9.1.1). */
  Map<String, Object> claims() throws TokenRejected {
    return json(utf8(decode(payloadSegment)));
  }

  /** The decoded signature bytes. */
  byte[] signature() {
    return jws.getSignature().decode();
  }

  private static JWSAlgorithm checkHeader(
      Map<String, Object> header, Map<String, JWSAlgorithm> allowed, boolean requireAtJwt)
      throws TokenRejected {
    if (header.containsKey("enc")) {
      throw new TokenRejected(JwtRejection.ENCRYPTED_OR_NESTED);
    }
    if (!(header.get("alg") instanceof String alg)) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    if (alg.equalsIgnoreCase("none")) {
      throw new TokenRejected(JwtRejection.DISALLOWED_ALGORITHM);
    }
    for (String name : REFUSED_HEADERS) {
      // Presence alone refuses: "crit": [] and "jku": null are refused too (decision P8).
      if (header.containsKey(name)) {
        throw new TokenRejected(JwtRejection.DISALLOWED_HEADER);
      }
    }
    Object cty = header.get("cty");
    if (cty != null && !(cty instanceof String)) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    if (cty != null && mediaType((String) cty).equals(JWT)) {
      throw new TokenRejected(JwtRejection.ENCRYPTED_OR_NESTED);
    }
    JWSAlgorithm algorithm = allowed.get(alg);
    if (algorithm == null) {
      throw new TokenRejected(JwtRejection.DISALLOWED_ALGORITHM);
    }
    checkType(header, requireAtJwt);
    return algorithm;
  }

  /** RFC 8725 section 3.11 and RFC 9068 section 4; media types compare case-insensitively. */
  private static void checkType(Map<String, Object> header, boolean requireAtJwt)
      throws TokenRejected {
    if (!header.containsKey("typ")) {
      if (requireAtJwt) {
        throw new TokenRejected(JwtRejection.WRONG_TYPE);
      }
      return;
    }
    if (!(header.get("typ") instanceof String typ)) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    String type = mediaType(typ);
    boolean accepted = type.equals(AT_JWT) || (!requireAtJwt && type.equals(JWT));
    if (!accepted) {
      throw new TokenRejected(JwtRejection.WRONG_TYPE);
    }
  }

  private static String checkKeyId(Map<String, Object> header) throws TokenRejected {
    if (!header.containsKey("kid")) {
      return null;
    }
    if (!(header.get("kid") instanceof String kid)
        || kid.isEmpty()
        || kid.length() > MAX_KID_LENGTH
        || !kid.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    return kid;
  }

  /** RFC 7515 section 4.1.9: a value without a slash means {@code application/<value>}. */
  private static String mediaType(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    return lower.indexOf('/') < 0 ? "application/" + lower : lower;
  }

  /** Strict base64url (RFC 7515 section 2): no padding, no whitespace, canonical final bits. */
  private static byte[] decode(String segment) throws TokenRejected {
    if (segment.isEmpty() || segment.length() % 4 == 1) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      boolean alphabet =
          (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
              || c == '-' || c == '_';
      if (!alphabet) {
        throw new TokenRejected(JwtRejection.MALFORMED);
      }
    }
    byte[] bytes = new Base64URL(segment).decode();
    // Non-zero unused bits make a second spelling of the same bytes; refuse it.
    if (!Base64URL.encode(bytes).toString().equals(segment)) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    return bytes;
  }

  private static String utf8(byte[] bytes) throws TokenRejected {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
  }

  /** nimbus's strict parser: one object, no duplicate names, no NaN, no trailing data. */
  private static Map<String, Object> json(String text) throws TokenRejected {
    try {
      Map<String, Object> object = JSONObjectUtils.parse(text);
      if (object == null) {
        throw new TokenRejected(JwtRejection.MALFORMED);
      }
      return object;
    } catch (ParseException e) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
  }
}
