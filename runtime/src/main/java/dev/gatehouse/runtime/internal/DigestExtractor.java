package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.util.Map;

/**
 * Extracts HTTP Digest credentials (RFC 7616 section 3.4, security rules 1.7.3-1.7.4) without
 * verifying them.
 *
 * <p>Beyond auth-param syntax it checks only what needs no secret: required parameters, {@code
 * username} versus {@code username*} (RFC 8187, UTF-8 only), the {@code nc} format, and that {@code
 * uri} equals the request-target (path plus {@code ?query}, compared as sent; an absolute-form
 * {@code uri} therefore mismatches). {@code Digest} alone is absent, like Basic.
 */
final class DigestExtractor implements CredentialExtractor<DigestCredentials> {

  private static final String[] REQUIRED = {"realm", "nonce", "uri", "response"};

  @Override
  public Extraction<DigestCredentials> extract(RequestView request) {
    AuthorizationField.Parsed field = AuthorizationField.read(request, "Digest");
    switch (field.kind()) {
      case ABSENT:
      case SCHEME_ONLY:
        return Extraction.absent();
      case REJECTED:
        return Extraction.rejected(field.reason());
      default:
        break;
    }
    AuthParams.Parsed parsed = AuthParams.parse(field.credentials());
    if (parsed.reason() != null) {
      return Extraction.rejected(parsed.reason());
    }
    Map<String, String> params = parsed.params();
    for (String name : REQUIRED) {
      if (!params.containsKey(name)) {
        return Extraction.rejected(Reason.MISSING_AUTH_PARAM);
      }
    }
    if (params.containsKey("qop") && !(params.containsKey("cnonce") && params.containsKey("nc"))) {
      return Extraction.rejected(Reason.MISSING_AUTH_PARAM);
    }
    if (params.containsKey("nc") && !isNonceCount(params.get("nc"))) {
      return Extraction.rejected(Reason.BAD_AUTH_PARAM);
    }
    String userhash = Ascii.toLowerCase(params.getOrDefault("userhash", "false"));
    if (!userhash.equals("true") && !userhash.equals("false")) {
      return Extraction.rejected(Reason.BAD_AUTH_PARAM);
    }
    boolean plain = params.containsKey("username");
    boolean extended = params.containsKey("username*");
    if (!plain && !extended) {
      return Extraction.rejected(Reason.MISSING_AUTH_PARAM);
    }
    if (extended && (plain || userhash.equals("true"))) {
      return Extraction.rejected(Reason.CONFLICTING_AUTH_PARAMS);
    }
    String username =
        plain ? params.get("username") : ExtValue.decode(params.get("username*")).orElse(null);
    if (username == null) {
      return Extraction.rejected(Reason.BAD_AUTH_PARAM);
    }
    if (username.isEmpty()) {
      return Extraction.rejected(Reason.EMPTY_USERNAME);
    }
    if (Ascii.indexOfCtl(username) >= 0) {
      return Extraction.rejected(Reason.CONTROL_CHARACTER);
    }
    String target = request.path() + request.rawQuery().map(q -> "?" + q).orElse("");
    if (!params.get("uri").equals(target)) {
      return Extraction.rejected(Reason.DIGEST_URI_MISMATCH);
    }
    String method = request.method();
    if (method == null || method.isEmpty() || !Ascii.isToken(method)) {
      return Extraction.rejected(Reason.UNREADABLE_REQUEST);
    }
    return Extraction.present(new DigestCredentials(username, params, method));
  }

  /** RFC 7616 {@code nc-value = 8LHEX}. */
  private static boolean isNonceCount(String nc) {
    if (nc.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      char c = nc.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }
}
