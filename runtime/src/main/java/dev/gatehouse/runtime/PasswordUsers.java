package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Redaction;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies HTTP Basic credentials against password hashes, in memory or through a lookup function
 * backed by the application's own store (security rules 1.2, verification).
 *
 * <pre>{@code
 * PasswordHasher hasher = PasswordHasher.pbkdf2Sha256();
 * Verifier<BasicCredentials> users = PasswordUsers.builder(hasher)
 *     .user("alice", "pbkdf2-sha256$600000$...", Set.of("read"))
 *     .disabled("bob", "pbkdf2-sha256$600000$...")
 *     .build();
 * }</pre>
 *
 * <p>Every verification runs the hasher's {@link PasswordHasher#matches} exactly once, so the work
 * does not reveal whether the user exists (ASVS 6.3.8, Spring's {@code DaoAuthenticationProvider}):
 * an unknown user is checked against a dummy hash of a random password, made once by the same
 * hasher when this verifier is created; a disabled user's password is checked and then rejected
 * anyway. Size caps on the password are applied inside {@code matches}, on both paths alike, so no
 * check short-circuits around the dummy. All three failures return the same {@link
 * Verification#rejected()}. A stored hash made with fewer iterations than the hasher's current
 * count costs less than the dummy; re-hash such accounts (see {@link PasswordHasher#needsRehash}).
 *
 * <p>User-ids are compared exactly, code point for code point: case-sensitive, never trimmed. The
 * Basic extractor has already normalised them to NFC (decision P3), so stores must hold NFC names.
 * A lookup function may match more loosely (a case-insensitive database collation, say); a user it
 * returns under a name not exactly equal to the one sent is treated as unknown.
 *
 * <p>This class never logs and is thread-safe when its lookup function is. It applies no rate
 * limit: throttle failed logins per user and per client in front of it (ASVS 6.1.1, 6.3.1).
 */
public final class PasswordUsers implements Verifier<BasicCredentials> {

  private final PasswordHasher hasher;
  private final Function<String, Optional<StoredUser>> lookup;
  private final String dummyHash;
  private final String description;
  private final Rehash rehash;

  private PasswordUsers(
      PasswordHasher hasher,
      Function<String, Optional<StoredUser>> lookup,
      String description,
      Rehash rehash) {
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    this.description = description;
    this.rehash = rehash;
    this.dummyHash = hasher.hash(randomPassword());
  }

  /** Starts an in-memory user store whose hashes {@code hasher} understands. */
  public static Builder builder(PasswordHasher hasher) {
    return new Builder(Objects.requireNonNull(hasher, "hasher"));
  }

  /**
   * Returns a verifier that asks {@code lookup} for the user by the exact user-id sent. The
   * function may block; an exception from it propagates, so the request fails closed (503).
   */
  public static PasswordUsers lookingUp(
      PasswordHasher hasher, Function<String, Optional<StoredUser>> lookup) {
    return new PasswordUsers(hasher, lookup, "lookup", null);
  }

  /**
   * Like {@link #lookingUp(PasswordHasher, Function)}, and after each successful login whose stored
   * hash {@link PasswordHasher#needsRehash needs a rehash} (weaker parameters, an older algorithm),
   * hashes the password again with {@code hasher} and hands the new hash to {@code rehash} to
   * store. The login stands whatever {@code rehash} does; a runtime exception from it is ignored
   * (the account is rehashed at a later login).
   */
  public static PasswordUsers lookingUp(
      PasswordHasher hasher, Function<String, Optional<StoredUser>> lookup, Rehash rehash) {
    return new PasswordUsers(hasher, lookup, "lookup", Objects.requireNonNull(rehash, "rehash"));
  }

  /** Stores the fresh hash of an account after a successful login; see {@link #lookingUp}. */
  @FunctionalInterface
  public interface Rehash {
    /**
     * Replaces {@code user}'s stored hash with {@code newEncodedHash}; should do nothing when the
     * stored hash is no longer {@code user.encodedHash()} (it was changed meanwhile).
     */
    void store(StoredUser user, String newEncodedHash);
  }

  /**
   * Grants the user's name and scopes if the account exists, is enabled and the password matches.
   */
  @Override
  public Verification verify(BasicCredentials credentials) {
    String name = credentials.username();
    StoredUser user = null;
    if (!name.isEmpty()) {
      Optional<StoredUser> found =
          Objects.requireNonNull(lookup.apply(name), "the user lookup returned null");
      user = found.filter(u -> u.name().equals(name)).orElse(null);
    }
    if (user == null) {
      hasher.matches(credentials.password(), dummyHash); // same work as for a real user
      return Verification.rejected();
    }
    boolean matches = hasher.matches(credentials.password(), user.encodedHash());
    if (!matches || !user.enabled()) {
      return Verification.rejected();
    }
    if (rehash != null && hasher.needsRehash(user.encodedHash())) {
      try {
        rehash.store(user, hasher.hash(credentials.password()));
      } catch (RuntimeException e) {
        // The password was verified; storing the stronger hash can wait for the next login.
      }
    }
    return Verification.granted(user.name(), user.scopes());
  }

  /** Describes the store and the hasher; shows no user, hash or password. */
  @Override
  public String toString() {
    return "PasswordUsers[" + description + ", " + hasher + "]";
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Collects the accounts of an in-memory user store; not thread-safe. */
  public static final class Builder {
    private final PasswordHasher hasher;
    private final Map<String, StoredUser> users = new HashMap<>();

    private Builder(PasswordHasher hasher) {
      this.hasher = hasher;
    }

    /**
     * Adds an enabled account. The name must be non-empty, in NFC, and free of {@code :} and
     * control characters (HTTP Basic cannot carry those); {@code encodedHash} comes from the
     * hasher's {@link PasswordHasher#hash}.
     *
     * @throws IllegalArgumentException for a bad or repeated name (the hash is never quoted)
     */
    public Builder user(String name, String encodedHash, Set<String> scopes) {
      return add(new StoredUser(name, encodedHash, scopes, true));
    }

    /** Adds an account that exists but may not log in. */
    public Builder disabled(String name, String encodedHash) {
      return add(new StoredUser(name, encodedHash, Set.of(), false));
    }

    /** Returns the verifier, computing its dummy hash once (one full-cost hash). */
    public PasswordUsers build() {
      Map<String, StoredUser> snapshot = Map.copyOf(users);
      return new PasswordUsers(
          hasher,
          name -> Optional.ofNullable(snapshot.get(name)),
          "in-memory, " + snapshot.size() + " users",
          null);
    }

    /** Counts the accounts so far; shows no user or hash. */
    @Override
    public String toString() {
      return "PasswordUsers.Builder[" + users.size() + " users, " + hasher + "]";
    }

    private Builder add(StoredUser user) {
      String name = user.name();
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a user name must not be empty");
      }
      if (!Normalizer.isNormalized(name, Normalizer.Form.NFC)) {
        throw new IllegalArgumentException(
            "user name \"" + Redaction.escape(name) + "\" is not in Unicode NFC");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c == ':' || c < 0x20 || c == 0x7f) {
          throw new IllegalArgumentException(
              "user name \""
                  + Redaction.escape(name)
                  + "\" contains ':' or a control character, which HTTP Basic cannot send");
        }
      }
      if (users.putIfAbsent(name, user) != null) {
        throw new IllegalArgumentException(
            "duplicate user name \"" + Redaction.escape(name) + "\"");
      }
      return this;
    }
  }
}
