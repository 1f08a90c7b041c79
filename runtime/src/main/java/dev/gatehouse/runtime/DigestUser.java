package dev.gatehouse.runtime;

import java.util.Objects;
import java.util.Set;

/**
 * One Digest user as a {@link DigestUserStore} returns it: the principal name, the stored {@code
 * H(username ":" realm ":" password)} for the algorithm asked, and the scopes to grant.
 *
 * <p>{@link #toString()} never shows the stored hash.
 */
public final class DigestUser {
  private final String name;
  private final String ha1;
  private final Set<String> scopes;

  /**
   * @param name the principal name (the plain user name, also when found by userhash)
   * @param ha1 {@code H(username ":" realm ":" password)} as lower-case hex, see {@link
   *     DigestAlgorithm#ha1}
   * @param scopes the scopes granted to the user
   * @throws IllegalArgumentException when {@code ha1} is not 64 lower-case hex digits
   */
  public DigestUser(String name, String ha1, Set<String> scopes) {
    this.name = Objects.requireNonNull(name, "name");
    this.ha1 = Objects.requireNonNull(ha1, "ha1");
    this.scopes = Set.copyOf(scopes);
    if (ha1.length() != 64
        || !ha1.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
      throw new IllegalArgumentException("ha1 must be 64 lower-case hex digits");
    }
  }

  /** A user granted no scopes. */
  public DigestUser(String name, String ha1) {
    this(name, ha1, Set.of());
  }

  public String name() {
    return name;
  }

  /** The stored {@code H(username ":" realm ":" password)}, lower-case hex. */
  public String ha1() {
    return ha1;
  }

  public Set<String> scopes() {
    return scopes;
  }

  @Override
  public String toString() {
    return "DigestUser[name="
        + dev.gatehouse.runtime.internal.Redaction.escape(name)
        + ", ha1=****, scopes="
        + scopes
        + "]";
  }
}
