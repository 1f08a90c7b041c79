package dev.gatehouse.runtime;

import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The result of a {@link Verifier}: the credential is genuine and belongs to a principal with
 * some granted scopes (or roles), or it is not.
 */
public final class Verification {
  private static final Verification REJECTED = new Verification(null, Set.of());

  private final String principal;
  private final Set<String> scopes;

  private Verification(String principal, Set<String> scopes) {
    this.principal = principal;
    this.scopes = scopes;
  }

  /** The credential is genuine; {@code principal} names its owner (e.g. a user or client id). */
  public static Verification granted(String principal, Set<String> scopes) {
    Objects.requireNonNull(principal, "principal");
    return new Verification(principal, Set.copyOf(new LinkedHashSet<>(scopes)));
  }

  /** The credential is genuine and grants no scope. */
  public static Verification granted(String principal) {
    return granted(principal, Set.of());
  }

  /** The credential is not genuine (unknown key, wrong password, bad signature ...). */
  public static Verification rejected() {
    return REJECTED;
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
