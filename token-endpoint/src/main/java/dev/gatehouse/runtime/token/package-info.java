/**
 * An opt-in OAuth 2.0 password-grant token endpoint (RFC 6749 section 4.3), framework-neutral: the
 * application hands over a request's {@code Content-Type}, raw body and {@code Authorization} lines
 * and writes the {@link dev.gatehouse.runtime.token.TokenResponse} it gets back.
 *
 * <p>The password grant is deprecated (RFC 9700 section 2.4, ASVS 10.4.4), so nothing in Gatehouse
 * builds or routes this endpoint on its own (decision P12): an application that still needs it, for
 * example to serve an OpenAPI UI's Authorize button, builds a {@link
 * dev.gatehouse.runtime.token.PasswordTokenEndpoint} and routes {@code POST} requests to it. The
 * endpoint applies no rate limit; throttle failed attempts in front of it (RFC 6749 section 4.3.2,
 * ASVS 6.1.1).
 *
 * <p>Parsing follows FastAPI's {@code OAuth2PasswordRequestForm} and {@code ...Strict} where RFC
 * 6749 allows it and the RFC where they differ (repeated parameters and malformed encodings are
 * refused, errors are RFC 6749 section 5.2 JSON rather than 422). Token signing uses
 * nimbus-jose-jwt (artifact {@code gatehouse-token-endpoint}, which brings it).
 */
package dev.gatehouse.runtime.token;
