package dev.gatehouse.runtime.jwt;

/** Internal signal that ends a {@link JwtVerifier} check with a reason; carries no token data. */
final class TokenRejected extends Exception {
  private static final long serialVersionUID = 1L;

  final JwtRejection reason;

  TokenRejected(JwtRejection reason) {
    // No stack trace: this is control flow on hostile input, thrown once per refused token.
    super(reason.name(), null, false, false);
    this.reason = reason;
  }
}
