package dev.gatehouse.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * The result of a {@link Verifier}: the credential is genuine and belongs to a principal with
 * some granted scopes (or roles), or it is not.
 */
public final class Verification {
  private static final Verification REJECTED = new Verification(null, Set.of(), null);

  private final String principal;
  private final Set<String> scopes;
  private final String reason;
  private final Confirmation confirmation;

  private Verification(String principal, Set<String> scopes, String reason) {
    this(principal, scopes, reason, Confirmation.NONE);
  }

  private Verification(
      String principal, Set<String> scopes, String reason, Confirmation confirmation) {
    this.principal = principal;
    this.scopes = scopes;
    this.reason = reason;
    this.confirmation = confirmation;
  }

  /**
   * This granted verification with the token's confirmation ({@code cnf}, RFC 7800) members that
   * bind it to a key or certificate (RFC 9449, RFC 8705).
   */
  public Verification withConfirmation(Confirmation confirmation) {
    Objects.requireNonNull(confirmation, "confirmation");
    if (!isGranted()) {
      throw new IllegalStateException("only a granted verification carries a confirmation");
    }
    return new Verification(principal, scopes, reason, confirmation);
  }

  /** The token's confirmation; {@link Confirmation#NONE} for an unbound (bearer) token. */
  public Confirmation confirmation() {
    return confirmation;
  }

  /** The credential is genuine; {@code principal} names its owner (e.g. a user or client id). */
  public static Verification granted(String principal, Set<String> scopes) {
    Objects.requireNonNull(principal, "principal");
    return new Verification(principal, Set.copyOf(scopes), null);
  }

  /** The credential is genuine and grants no scope. */
  public static Verification granted(String principal) {
    return granted(principal, Set.of());
  }

  /** The credential is not genuine (unknown key, wrong password, bad signature ...). */
  public static Verification rejected() {
    return REJECTED;
  }

  /**
   * The credential is not genuine, for a reason the client may be told: a fixed sentence such as
   * {@code "The access token expired"}, sent as a bearer challenge's {@code error_description}.
   * It must never contain request data; printable ASCII without {@code "} or {@code \\}.
   */
  public static Verification rejected(String reason) {
    for (char c : reason.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException("a rejection reason must be printable ASCII without quotes");
      }
    }
    return new Verification(null, Set.of(), reason.isEmpty() ? null : reason);
  }

  /** The reason given with {@link #rejected(String)}, if any. */
  public java.util.Optional<String> reason() {
    return java.util.Optional.ofNullable(reason);
  }

  /** Whether the credential was accepted. */
  public boolean isGranted() {
    return principal != null;
  }

  /** The principal's name; only meaningful when {@link #isGranted()}. */
  public String principal() {
    return principal;
  }

  /** The granted scopes or roles; empty when rejected. */
  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return isGranted() ? "Verification[granted to " + principal + ", scopes=" + scopes + "]"
        : "Verification[rejected]";
  }
}
