package dev.gatehouse.runtime;

/**
 * How a scheme's tokens are bound to the client that may use them, as its declaration says
 * ({@code @SenderConstrained}).
 */
public enum SenderConstraint {
  /** Not bound: a plain bearer token. */
  NONE,
  /** DPoP-bound (RFC 9449): {@code Authorization: DPoP} with a proof in the {@code DPoP} header. */
  DPOP,
  /** Certificate-bound (RFC 8705): the client's TLS certificate matches {@code cnf.x5t#S256}. */
  MTLS,
  /** Either binding; each token is checked by the binding its {@code cnf} names. */
  DPOP_OR_MTLS;

  /** Whether DPoP-bound tokens are accepted. */
  public boolean allowsDpop() {
    return this == DPOP || this == DPOP_OR_MTLS;
  }

  /** Whether certificate-bound tokens are accepted. */
  public boolean allowsMtls() {
    return this == MTLS || this == DPOP_OR_MTLS;
  }
}
