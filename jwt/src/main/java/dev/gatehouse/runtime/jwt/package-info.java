/**
 * Bearer JWT access-token verification (RFC 7515, 7519, 8725, 9068) for Gatehouse, built on
 * nimbus-jose-jwt (artifact {@code gatehouse-jwt}, which brings it).
 *
 * <p>{@link dev.gatehouse.runtime.jwt.JwtVerifier} is the main entry point: it accepts compact JWS
 * tokens whose algorithm is on a per-issuer allowlist and whose key comes from local configuration,
 * a JWKS URL or OpenID Connect discovery, and requires {@code exp}, {@code iss}, {@code aud} and
 * {@code sub} (security rules 1.4, 1.5; decisions P8, P9, P11). A refused token carries a {@link
 * dev.gatehouse.runtime.jwt.JwtRejection} from a fixed vocabulary; a key source that never answered
 * raises {@link dev.gatehouse.runtime.jwt.KeySourceUnavailableException} so the request is answered
 * 503 rather than 401.
 *
 * <p>{@link dev.gatehouse.runtime.jwt.MultiIssuerJwtVerifier} lets one scheme trust several
 * issuers, each with its own {@code JwtVerifier}, chosen by the token's exact {@code iss} among the
 * configured ones. {@link dev.gatehouse.runtime.jwt.IntrospectionVerifier} checks opaque (or any)
 * tokens by RFC 7662 introspection, with RFC 9701 signed answers on request; an endpoint that
 * cannot answer raises {@link dev.gatehouse.runtime.jwt.IntrospectionUnavailableException} (503).
 */
package dev.gatehouse.runtime.jwt;
