package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.ApiKey;
import dev.gatehouse.runtime.AuthorizationCredentials;
import dev.gatehouse.runtime.BasicCredentials;
import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Credential;
import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.DigestCredentials;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;

/**
 * Creates the credential extractor for each kind of security scheme; generated code calls these
 * with compile-time constants.
 *
 * <p>Factories validate their arguments and throw {@link IllegalArgumentException} at start-up; the
 * extractors they return never throw: an exception from the request view, or a null from it,
 * becomes {@code Malformed(UNREADABLE_REQUEST)}.
 *
 * <p>Size caps, checked before decoding ({@code Malformed(TOO_LARGE)} when exceeded): an {@code
 * Authorization} or API-key header line 8 KiB; a bearer token or API key from any transport 8 KiB;
 * a Basic user-id 256 code points and password 1024 UTF-8 bytes; a raw query string, the joined
 * {@code Cookie} lines, and a form body each 64 KiB.
 */
public final class Extractors {

  private Extractors() {}

  /** An API key in the header {@code headerName} (matched case-insensitively). */
  public static CredentialExtractor<ApiKey> apiKeyHeader(String headerName) {
    requireToken(headerName, "header name");
    return ApiKeyExtractors.header(headerName);
  }

  /** An API key in the query parameter {@code parameterName} (case-sensitive, decoded once). */
  public static CredentialExtractor<ApiKey> apiKeyQuery(String parameterName) {
    if (parameterName == null || parameterName.isEmpty()) {
      throw new IllegalArgumentException("query parameter name must not be empty");
    }
    return guarded(ApiKeyExtractors.query(parameterName));
  }

  /** An API key in the cookie {@code cookieName} (case-sensitive). */
  public static CredentialExtractor<ApiKey> apiKeyCookie(String cookieName) {
    requireToken(cookieName, "cookie name");
    return guarded(ApiKeyExtractors.cookie(cookieName));
  }

  /** HTTP Basic credentials from {@code Authorization: Basic}. */
  public static CredentialExtractor<BasicCredentials> basic() {
    return guarded(new BasicExtractor());
  }

  /** A bearer token from {@code Authorization: Bearer} only, the RFC 6750 default. */
  public static CredentialExtractor<BearerToken> bearer() {
    return bearer(false, false);
  }

  /**
   * A bearer token from the header and, when enabled, the {@code access_token} parameter of a
   * urlencoded form body (RFC 6750 section 2.2) or of the query string (section 2.3, discouraged).
   * Disabled transports are ignored entirely (decision P6).
   */
  public static CredentialExtractor<BearerToken> bearer(boolean formBody, boolean query) {
    return guarded(new BearerExtractor(formBody, query));
  }

  /**
   * The bearer token of an {@code oauth2} or {@code openIdConnect} scheme: exactly {@link
   * #bearer()}. FastAPI's {@code OAuth2} and {@code OpenIdConnect} return the whole raw header
   * whatever its scheme; our rules parse it as a bearer token.
   */
  public static CredentialExtractor<BearerToken> oauth2() {
    return bearer();
  }

  /** HTTP Digest credentials from {@code Authorization: Digest}, parsed but not verified. */
  public static CredentialExtractor<DigestCredentials> digest() {
    return guarded(new DigestExtractor());
  }

  /**
   * The credentials of any other HTTP scheme. The scheme word must match {@code schemeWord}
   * ASCII-case-insensitively (our rules; FastAPI's {@code HTTPBase} does not check it).
   */
  public static CredentialExtractor<AuthorizationCredentials> httpScheme(String schemeWord) {
    requireToken(schemeWord, "scheme");
    return guarded(new HttpSchemeExtractor(schemeWord));
  }

  static <C extends Credential> CredentialExtractor<C> guarded(CredentialExtractor<C> extractor) {
    return request -> {
      if (request == null) {
        return Extraction.rejected(Reason.UNREADABLE_REQUEST);
      }
      try {
        Extraction<C> result = extractor.extract(request);
        return result != null ? result : Extraction.rejected(Reason.UNREADABLE_REQUEST);
      } catch (RuntimeException e) {
        // Most likely a misbehaving adapter (null list, failed body read): fail closed.
        return Extraction.rejected(Reason.UNREADABLE_REQUEST);
      }
    };
  }

  private static void requireToken(String value, String what) {
    if (value == null || !Ascii.isToken(value)) {
      throw new IllegalArgumentException(what + " must be an RFC 9110 token: " + value);
    }
  }
}
