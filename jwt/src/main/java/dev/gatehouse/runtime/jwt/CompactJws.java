package dev.gatehouse.runtime.jwt;

import com.nimbusds.jose.Header;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
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
  private static final java.util.Base64.Decoder URL_DECODER = java.util.Base64.getUrlDecoder();
  private static final String JWT = "application/jwt";
  private static final String AT_JWT = "application/at+jwt";

  /** nimbus's header, built from the JSON parsed here and keeping the received segment. */
  final JWSHeader header;

  /** The ASCII bytes of {@code header-segment "." payload-segment}, what the signature covers. */
  final byte[] signingInput;

  /** The received signature segment. */
  final Base64URL signatureSegment;

  final JWSAlgorithm algorithm;

  /** The {@code kid} header, or null. */
  final String keyId;

  /** Each segment is decoded once, here; the payload is read as JSON only after verification. */
  private final byte[] payload;

  private final byte[] signature;

  private CompactJws(
      JWSHeader header,
      byte[] signingInput,
      Base64URL signatureSegment,
      JWSAlgorithm algorithm,
      String keyId,
      byte[] payload,
      byte[] signature) {
    this.header = header;
    this.signingInput = signingInput;
    this.signatureSegment = signatureSegment;
    this.algorithm = algorithm;
    this.keyId = keyId;
    this.payload = payload;
    this.signature = signature;
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
    int dots = 0;
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) == '.') {
        dots++;
      }
    }
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
    String headerJson = utf8(decode(headerSegment));
    Map<String, Object> header = json(headerJson);
    byte[] payload = decode(payloadSegment);
    byte[] signature = decode(signatureSegment);

    JWSAlgorithm algorithm = checkHeader(header, allowed, requireAccessTokenType);
    String keyId = checkKeyId(header);
    // What nimbus's JWSObject(Base64URL, Base64URL, Base64URL) would do, without decoding and
    // parsing the header a second time: its size limit, then its header rules on our JSON.
    if (headerJson.length() > Header.MAX_HEADER_STRING_LENGTH) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    try {
      JWSHeader parsed = JWSHeader.parse(header, new Base64URL(headerSegment));
      byte[] signingInput = token.substring(0, second).getBytes(StandardCharsets.US_ASCII);
      return new CompactJws(
          parsed,
          signingInput,
          new Decoded(signatureSegment, signature),
          algorithm,
          keyId,
          payload,
          signature);
    } catch (ParseException e) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
  }

  /**
   * The signature segment with the bytes this class already decoded from exactly its text, so
   * nimbus's verifiers (which call {@link #decode()}) do not decode it a second time, character by
   * character.
   */
  private static final class Decoded extends Base64URL {
    private static final long serialVersionUID = 1L;

    private final transient byte[] bytes;

    Decoded(String text, byte[] bytes) {
      super(text);
      this.bytes = bytes;
    }

    @Override
    public byte[] decode() {
      return bytes != null ? bytes.clone() : super.decode();
    }
  }

  /** The claims object; call only after the signature verified (ASVS 9.1.1). */
  Map<String, Object> claims() throws TokenRejected {
    return json(utf8(payload));
  }

  /** The length of the decoded signature. */
  int signatureLength() {
    return signature.length;
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
    if (segment.isEmpty() || segment.length() % 4 == 1 || segment.indexOf('=') >= 0) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
    // Non-zero unused bits make a second spelling of the same bytes; refuse it. (Re-encoding and
    // comparing says the same: only the last character can differ, in exactly these bits.)
    int rest = segment.length() % 4;
    if (rest != 0) {
      int unusedMask = rest == 2 ? 0x0f : 0x03;
      if ((sextet(segment.charAt(segment.length() - 1)) & unusedMask) != 0) {
        throw new TokenRejected(JwtRejection.MALFORMED);
      }
    }
    // The JDK's base64url decoder refuses every character outside the URL-safe alphabet (padding,
    // '+', '/', white space, line breaks; '=' was refused above, so no padded spelling gets in) and
    // is several times faster than a per-character decoder.
    try {
      return URL_DECODER.decode(segment);
    } catch (IllegalArgumentException e) {
      throw new TokenRejected(JwtRejection.MALFORMED);
    }
  }

  private static int sextet(char c) {
    if (c >= 'A' && c <= 'Z') {
      return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
      return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
      return c - '0' + 52;
    }
    return c == '-' ? 62 : 63;
  }

  private static String utf8(byte[] bytes) throws TokenRejected {
    if (isAscii(bytes)) {
      // ASCII is well-formed UTF-8 with the same characters; skip the strict decoder.
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
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

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
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
