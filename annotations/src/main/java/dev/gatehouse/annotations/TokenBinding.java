package dev.gatehouse.annotations;

/**
 * How a token scheme's access tokens are bound to the client they were issued to, the {@code
 * tokenBinding} of {@link HttpBearer}, {@link OAuth2}, {@link OAuth2PasswordBearer}, {@link
 * OAuth2AuthorizationCodeBearer} and {@link OpenIdConnect}. A sender-constrained token is useless
 * to whoever steals it. The document states the binding in the scheme's {@code description} and in
 * its {@code x-gatehouse-token-binding} extension; the runtime enforces it (see {@code
 * docs/sender-constrained-tokens.md}).
 */
public enum TokenBinding {
  /** Plain bearer tokens (RFC 6750): whoever holds one may use it. The default. */
  NONE,
  /**
   * DPoP-bound tokens (RFC 9449): sent as {@code Authorization: DPoP <token>} with a proof signed
   * by the key whose thumbprint is the token's {@code cnf.jkt}.
   */
  DPOP,
  /**
   * Certificate-bound tokens (RFC 8705): sent as {@code Authorization: Bearer <token>} over a TLS
   * connection authenticated with the certificate whose thumbprint is the token's {@code
   * cnf.x5t#S256}.
   */
  MTLS,
  /** Either binding, whichever the token's {@code cnf} names; unbound tokens are refused. */
  DPOP_OR_MTLS
}
