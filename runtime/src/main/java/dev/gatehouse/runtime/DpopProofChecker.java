package dev.gatehouse.runtime;

import java.util.List;

/**
 * Checks the DPoP proof (RFC 9449 section 4.3) of a request that presents a DPoP-bound access
 * token. The decision layer has already verified the access token; the checker verifies the proof
 * JWT against the request and the token and answers the thumbprint of the proof's key, which the
 * decision layer compares with the token's {@code cnf.jkt} in constant time.
 *
 * <p>{@code gatehouse-jwt}'s {@code DpopProofVerifier} is the implementation; the interface lives
 * in the core so that generated code and adapters need no JOSE library.
 */
public interface DpopProofChecker {

  /**
   * Checks {@code proof}, the single {@code DPoP} header value of {@code request}, for {@code
   * accessToken}. Never throws for anything the request contains.
   */
  DpopResult check(RequestView request, String proof, String accessToken);

  /** The JWS algorithms accepted for proofs, for the {@code algs} parameter of challenges. */
  List<String> algorithms();

  /**
   * The outcome of one check.
   *
   * @param thumbprint the RFC 7638 SHA-256 thumbprint of the proof's key, when valid; else null
   * @param error {@code invalid_dpop_proof} or {@code use_dpop_nonce} when refused; else null
   * @param description a fixed sentence for {@code error_description}, never request data
   * @param nonce a fresh server nonce (RFC 9449 section 8) for the {@code DPoP-Nonce} response
   *     header; else null
   */
  record DpopResult(String thumbprint, String error, String description, String nonce) {

    /** An outcome without a nonce for the client. */
    public DpopResult(String thumbprint, String error, String description) {
      this(thumbprint, error, description, null);
    }

    /** The proof is valid and made with the key of this thumbprint. */
    public static DpopResult valid(String thumbprint) {
      return new DpopResult(java.util.Objects.requireNonNull(thumbprint), null, null, null);
    }

    /**
     * The proof is valid, and the client should use {@code freshNonce} from now on (RFC 9449
     * section 8.2: its nonce is about to expire); the answer carries it in {@code DPoP-Nonce}.
     */
    public static DpopResult valid(String thumbprint, String freshNonce) {
      return new DpopResult(
          java.util.Objects.requireNonNull(thumbprint),
          null,
          null,
          java.util.Objects.requireNonNull(freshNonce));
    }

    /** The proof is invalid ({@code invalid_dpop_proof}) for a fixed reason. */
    public static DpopResult invalid(String description) {
      return new DpopResult(null, "invalid_dpop_proof", description, null);
    }

    /**
     * The proof lacks the server's nonce or carries a wrong or expired one ({@code use_dpop_nonce},
     * RFC 9449 section 9): the client retries with a proof carrying {@code freshNonce}, which the
     * refusal sends in {@code DPoP-Nonce}.
     */
    public static DpopResult useNonce(String description, String freshNonce) {
      return new DpopResult(
          null, "use_dpop_nonce", description, java.util.Objects.requireNonNull(freshNonce));
    }

    /** Whether the proof was accepted. */
    public boolean isValid() {
      return thumbprint != null;
    }
  }
}
