package dev.gatehouse.runtime;

import java.security.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result of a {@link Verifier}: the credential is genuine and belongs to a principal with some
 * granted scopes (or roles), or it is not.
 */
public final class Verification {
  private static final Verification REJECTED = new Verification(null, null, Set.of(), null);

  private final String principal;
  private final Object value;
  private final Set<String> scopes;
  private final String reason;
  private final Confirmation confirmation;
  private final String acr;
  private final Instant authTime;

  private Verification(String principal, Object value, Set<String> scopes, String reason) {
    this(principal, value, scopes, reason, Confirmation.NONE, null, null);
  }

  private Verification(
      String principal,
      Object value,
      Set<String> scopes,
      String reason,
      Confirmation confirmation,
      String acr,
      Instant authTime) {
    this.principal = principal;
    this.value = value;
    this.scopes = scopes;
    this.reason = reason;
    this.confirmation = confirmation;
    this.acr = acr;
    this.authTime = authTime;
  }

  /**
   * This granted verification with how the user authenticated, for step-up authentication (RFC
   * 9470): the token's {@code acr} (authentication context class reference) and {@code auth_time}
   * (when the user authenticated), each null when the token does not say. An operation with
   * {@code @StepUp} refuses a verification without them (with 401 {@code
   * insufficient_user_authentication}), so a verifier that does not report them never satisfies
   * one.
   */
  public Verification withAuthenticationContext(String acr, Instant authTime) {
    if (!isGranted()) {
      throw new IllegalStateException(
          "only a granted verification carries an authentication context");
    }
    return new Verification(principal, value, scopes, reason, confirmation, acr, authTime);
  }

  /** The token's {@code acr} claim (RFC 9470), if the verifier reported one. */
  public Optional<String> acr() {
    return Optional.ofNullable(acr);
  }

  /** When the user authenticated (the token's {@code auth_time}), if the verifier reported it. */
  public Optional<Instant> authTime() {
    return Optional.ofNullable(authTime);
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
    return new Verification(principal, value, scopes, reason, confirmation, acr, authTime);
  }

  /** The token's confirmation; {@link Confirmation#NONE} for an unbound (bearer) token. */
  public Confirmation confirmation() {
    return confirmation;
  }

  /** The credential is genuine; {@code principal} names its owner (e.g. a user or client id). */
  public static Verification granted(String principal, Set<String> scopes) {
    Objects.requireNonNull(principal, "principal");
    return new Verification(principal, principal, Set.copyOf(scopes), null);
  }

  /**
   * The credential is genuine and belongs to {@code principal}, the application's own object (a
   * user record, a client): the endpoint gets it back typed, from {@link Caller#principal(Class)}.
   * Its name is {@link Principal#getName()}.
   */
  public static <P extends Principal> Verification granted(P principal, Set<String> scopes) {
    Objects.requireNonNull(principal, "principal");
    return granted(principal.getName(), principal, scopes);
  }

  /**
   * The credential is genuine and belongs to {@code principal}, the application's own object, named
   * {@code name} (the request's principal name, in logs and {@code getRemoteUser()}).
   */
  public static Verification granted(String name, Object principal, Set<String> scopes) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(principal, "principal");
    return new Verification(name, principal, Set.copyOf(scopes), null);
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
   * {@code "The access token expired"}, sent as a bearer challenge's {@code error_description}. It
   * must never contain request data; printable ASCII without {@code "} or {@code \\}.
   */
  public static Verification rejected(String reason) {
    for (char c : reason.toCharArray()) {
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException(
            "a rejection reason must be printable ASCII without quotes");
      }
    }
    return new Verification(null, null, Set.of(), reason.isEmpty() ? null : reason);
  }

  /** The reason given with {@link #rejected(String)}, if any. */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Whether the credential was accepted. */
  public boolean isGranted() {
    return principal != null;
  }

  /** The principal's name; only meaningful when {@link #isGranted()}. */
  public String principal() {
    return principal;
  }

  /**
   * The object the verifier returned as the principal: the application's own type, or the name when
   * it returned only a name; null when rejected.
   */
  public Object principalObject() {
    return value;
  }

  /** The granted scopes or roles; empty when rejected. */
  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    // The principal object is named by its type only: it may hold claims or a password hash.
    return isGranted()
        ? "Verification[granted to "
            + principal
            + ", scopes="
            + scopes
            + (value instanceof String ? "" : ", principal=" + value.getClass().getSimpleName())
            + "]"
        : "Verification[rejected]";
  }
}
