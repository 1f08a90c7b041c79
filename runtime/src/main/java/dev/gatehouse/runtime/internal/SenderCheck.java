package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.ClientCertificates;
import dev.gatehouse.runtime.Confirmation;
import dev.gatehouse.runtime.DpopProofChecker;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.SenderConstraint;
import dev.gatehouse.runtime.Verification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Enforces a scheme's sender constraint (RFC 9449, RFC 8705) after its access token verified: the
 * token must be bound the way the scheme declares, presented the way its binding requires, and the
 * request must prove possession of the bound key or certificate. Thumbprints are compared in
 * constant time.
 */
public final class SenderCheck {

  /**
   * Why the request is refused.
   *
   * @param error {@code invalid_token}, {@code invalid_dpop_proof} or {@code use_dpop_nonce}
   * @param dpop whether the challenge carrying the error is the DPoP one (else Bearer)
   * @param nonce a fresh DPoP nonce for the {@code DPoP-Nonce} response header, or null
   */
  public record Failure(String error, String description, boolean dpop, String nonce) {
    public Failure(String error, String description, boolean dpop) {
      this(error, description, dpop, null);
    }
  }

  private final SenderConstraint constraint;
  private final DpopProofChecker dpop;
  private final ClientCertificates certificates;

  public SenderCheck(
      SenderConstraint constraint, DpopProofChecker dpop, ClientCertificates certificates) {
    this.constraint = constraint;
    this.dpop = dpop;
    this.certificates = certificates;
  }

  public SenderConstraint constraint() {
    return constraint;
  }

  /** The {@code algs} of DPoP challenges, or null when the scheme takes no DPoP tokens. */
  public String algorithms() {
    return dpop == null ? null : String.join(" ", dpop.algorithms());
  }

  /**
   * What the check found: a failure, or (when the request proves possession) a fresh DPoP nonce for
   * the answer, or neither.
   */
  public record Outcome(Failure failure, String nonce) {
    static final Outcome PASSED = new Outcome(null, null);
  }

  /** The outcome of {@link #failure}, with the fresh DPoP nonce of an accepted proof, if any. */
  public Outcome check(RequestView request, BearerToken token, Verification verified) {
    String[] nonce = new String[1];
    Failure failure = failure(request, token, verified, nonce);
    if (failure != null) {
      return new Outcome(failure, null);
    }
    return nonce[0] == null ? Outcome.PASSED : new Outcome(null, nonce[0]);
  }

  /**
   * Null when the request proves possession, else why not; an accepted proof's nonce in {@code
   * nonce[0]}.
   */
  private Failure failure(
      RequestView request, BearerToken token, Verification verified, String[] nonce) {
    Confirmation cnf = verified.confirmation();
    boolean dpopScheme = token.transport() == BearerToken.Transport.DPOP;
    if (dpopScheme) {
      if (!constraint.allowsDpop() || dpop == null) {
        return new Failure("invalid_token", "DPoP is not accepted here", false);
      }
      if (cnf.jkt() == null) {
        return new Failure("invalid_token", "The access token is not DPoP-bound", true);
      }
      List<String> proofs = request.headers("dpop");
      if (proofs.isEmpty()) {
        return new Failure("invalid_dpop_proof", "The DPoP proof is missing", true);
      }
      if (proofs.size() != 1) {
        return new Failure("invalid_dpop_proof", "More than one DPoP proof", true);
      }
      DpopProofChecker.DpopResult result = dpop.check(request, proofs.get(0), token.token());
      if (result == null) {
        return new Failure("invalid_dpop_proof", "The DPoP proof is invalid", true);
      }
      if (!result.isValid()) {
        return new Failure(result.error(), result.description(), true, result.nonce());
      }
      if (!equal(result.thumbprint(), cnf.jkt())) {
        return new Failure(
            "invalid_token", "The DPoP proof key does not match the access token", true);
      }
      nonce[0] = result.nonce();
      return null;
    }
    // Presented as Bearer (header, or an enabled form/query transport).
    if (cnf.jkt() != null) {
      return new Failure(
          "invalid_token",
          "A DPoP-bound access token must use the DPoP scheme",
          constraint.allowsDpop());
    }
    if (!constraint.allowsMtls()) {
      return new Failure("invalid_token", "The access token must be DPoP-bound", true);
    }
    if (cnf.x5tS256() == null) {
      return constraint.allowsDpop()
          ? new Failure("invalid_token", "The access token is not sender-constrained", true)
          : new Failure("invalid_token", "The access token is not certificate-bound", false);
    }
    ClientCertificates.Found found = certificates.of(request);
    if (found.problem() != null) {
      return new Failure("invalid_token", found.problem(), false);
    }
    X509Certificate certificate = found.certificate();
    if (certificate == null) {
      return new Failure("invalid_token", "No client certificate was presented", false);
    }
    if (!equal(ClientCertificates.thumbprint(certificate), cnf.x5tS256())) {
      return new Failure(
          "invalid_token", "The client certificate does not match the access token", false);
    }
    return null;
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
