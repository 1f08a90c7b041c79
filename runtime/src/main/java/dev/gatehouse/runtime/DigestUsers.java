package dev.gatehouse.runtime;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory {@link DigestUserStore} for one realm that keeps, per user and algorithm, only
 * {@code H(username ":" realm ":" password)} and answers userhash look-ups.
 *
 * <pre>{@code
 * DigestUsers users = DigestUsers.builder("shop")
 *     .user("alice", DigestAlgorithm.SHA_256, storedSha256Ha1, Set.of("orders"))
 *     .build();
 * Gatehouse.builder().realm("shop").digest("HTTPDigest", users)...
 * }</pre>
 */
public final class DigestUsers implements DigestUserStore {
  private final String realm;
  private final Map<DigestAlgorithm, Map<String, DigestUser>> byName;
  private final Map<DigestAlgorithm, Map<String, DigestUser>> byUserhash;

  private DigestUsers(Builder b) {
    this.realm = b.realm;
    this.byName = copy(b.byName);
    this.byUserhash = copy(b.byUserhash);
  }

  /** Starts a store for {@code realm}, which must be the Digest scheme's challenge realm. */
  public static Builder builder(String realm) {
    return new Builder(realm);
  }

  @Override
  public Optional<DigestUser> find(String username, String realm, DigestAlgorithm algorithm) {
    return this.realm.equals(realm)
        ? Optional.ofNullable(byName.get(algorithm).get(username))
        : Optional.empty();
  }

  @Override
  public Optional<DigestUser> findByUserhash(
      String userhash, String realm, DigestAlgorithm algorithm) {
    return this.realm.equals(realm)
        ? Optional.ofNullable(byUserhash.get(algorithm).get(userhash))
        : Optional.empty();
  }

  @Override
  public boolean supportsUserhash() {
    return true;
  }

  /** Shows the realm and how many users; never a name's hash. */
  @Override
  public String toString() {
    return "DigestUsers[realm="
        + realm
        + ", users="
        + byName.get(DigestAlgorithm.SHA_256).size()
        + "/"
        + byName.get(DigestAlgorithm.SHA_512_256).size()
        + "]";
  }

  private static Map<DigestAlgorithm, Map<String, DigestUser>> copy(
      Map<DigestAlgorithm, Map<String, DigestUser>> source) {
    Map<DigestAlgorithm, Map<String, DigestUser>> out = new EnumMap<>(DigestAlgorithm.class);
    for (DigestAlgorithm a : DigestAlgorithm.values()) {
      out.put(a, Map.copyOf(source.getOrDefault(a, Map.of())));
    }
    return out;
  }

  /** Collects users; each name at most once per algorithm. */
  public static final class Builder {
    private final String realm;
    private final Map<DigestAlgorithm, Map<String, DigestUser>> byName =
        new EnumMap<>(DigestAlgorithm.class);
    private final Map<DigestAlgorithm, Map<String, DigestUser>> byUserhash =
        new EnumMap<>(DigestAlgorithm.class);

    private Builder(String realm) {
      this.realm = Objects.requireNonNull(realm, "realm");
    }

    /** A user by its stored {@code ha1} for one algorithm (call again for the other). */
    public Builder user(
        String username, DigestAlgorithm algorithm, String ha1, Set<String> scopes) {
      Objects.requireNonNull(username, "username");
      DigestUser user = new DigestUser(username, ha1, scopes);
      if (byName.computeIfAbsent(algorithm, a -> new HashMap<>()).putIfAbsent(username, user)
          != null) {
        throw new IllegalArgumentException("user already added for " + algorithm.token());
      }
      byUserhash
          .computeIfAbsent(algorithm, a -> new HashMap<>())
          .put(algorithm.userhash(username, realm), user);
      return this;
    }

    /**
     * A user for both algorithms from a password, which is not kept (tests and demos; real stores
     * keep only the hashes, computed with {@link DigestAlgorithm#ha1} when the password is set).
     */
    public Builder user(String username, char[] password, Set<String> scopes) {
      for (DigestAlgorithm a : DigestAlgorithm.values()) {
        user(username, a, a.ha1(username, realm, password), scopes);
      }
      return this;
    }

    public DigestUsers build() {
      return new DigestUsers(this);
    }
  }
}
