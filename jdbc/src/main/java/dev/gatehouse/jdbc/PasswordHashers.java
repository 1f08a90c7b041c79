package dev.gatehouse.jdbc;

import dev.gatehouse.runtime.PasswordHasher;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Combinations of {@link PasswordHasher}s. */
public final class PasswordHashers {
  private PasswordHashers() {}

  /**
   * A hasher that hashes with {@code current} and verifies hashes of {@code current} and of each
   * older algorithm, chosen by the stored hash's algorithm identifier ({@code $argon2id$}, {@code
   * $2a$}/{@code $2b$}/{@code $2y$}, {@code pbkdf2-sha256$}). {@link PasswordHasher#needsRehash}
   * asks {@code current}, so with {@link JdbcUsers} (or {@code PasswordUsers.lookingUp} and a
   * rehash callback) every account moves to {@code current} at its next successful login.
   *
   * <pre>{@code
   * PasswordHasher hasher = PasswordHashers.upgrading(
   *     Argon2idPasswordHasher.owasp(), BcryptPasswordHasher.standard(), PasswordHasher.pbkdf2Sha256());
   * }</pre>
   *
   * <p>Each hasher's algorithm is learned by hashing one random password with it when this method
   * runs (one full-cost hash each). An unknown user is checked against a dummy hash of {@code
   * current} by {@code PasswordUsers}; an account still on a cheaper older algorithm answers faster
   * until it is rehashed.
   *
   * @throws IllegalArgumentException if two hashers use the same algorithm
   */
  public static PasswordHasher upgrading(PasswordHasher current, PasswordHasher... older) {
    Objects.requireNonNull(current, "current");
    List<PasswordHasher> all = new ArrayList<>();
    all.add(current);
    all.addAll(List.of(older));
    Map<String, PasswordHasher> byAlgorithm = new LinkedHashMap<>();
    for (PasswordHasher hasher : all) {
      String algorithm = algorithm(hasher.hash(probe()));
      if (algorithm == null) {
        throw new IllegalArgumentException(hasher + " writes hashes of an unknown algorithm");
      }
      if (byAlgorithm.putIfAbsent(algorithm, hasher) != null) {
        throw new IllegalArgumentException("two hashers for " + algorithm);
      }
    }
    return new Upgrading(current, Map.copyOf(byAlgorithm));
  }

  /** The algorithm of an encoded hash, or null when it is none of the known ones. */
  static String algorithm(String encoded) {
    if (encoded == null) {
      return null;
    }
    if (encoded.startsWith("$argon2id$")) {
      return "argon2id";
    }
    if (encoded.startsWith("$2a$") || encoded.startsWith("$2b$") || encoded.startsWith("$2y$")) {
      return "bcrypt";
    }
    if (encoded.startsWith("pbkdf2-sha256$")) {
      return "pbkdf2-sha256";
    }
    return null;
  }

  private static String probe() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private record Upgrading(PasswordHasher current, Map<String, PasswordHasher> byAlgorithm)
      implements PasswordHasher {
    @Override
    public String hash(char[] password) {
      return current.hash(password);
    }

    @Override
    public boolean matches(String password, String encoded) {
      String algorithm = algorithm(encoded);
      PasswordHasher hasher = algorithm == null ? null : byAlgorithm.get(algorithm);
      return hasher != null && hasher.matches(password, encoded);
    }

    @Override
    public boolean needsRehash(String encoded) {
      return current.needsRehash(encoded);
    }

    @Override
    public String toString() {
      return "PasswordHashers.upgrading[" + current + ", accepts " + byAlgorithm.keySet() + "]";
    }
  }
}
