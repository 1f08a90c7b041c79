package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Redaction;
import java.util.Objects;
import java.util.Set;

/**
 * One account as an application's user store returns it to {@link PasswordUsers}; {@code
 * toString()} never shows the hash.
 *
 * @param name the user-id, in Unicode NFC, exactly as clients send it
 * @param encodedHash the password hash in the {@link PasswordHasher}'s encoded form
 * @param scopes the scopes or roles granted after a successful login
 * @param enabled whether the account may log in; a disabled account is always rejected
 */
public record StoredUser(String name, String encodedHash, Set<String> scopes, boolean enabled) {

  /** Checks that every part is present and copies the scopes. */
  public StoredUser {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(encodedHash, "encodedHash");
    scopes = Set.copyOf(scopes);
  }

  /** Shows the user-id (escaped for logs), scopes and state, but never the hash. */
  @Override
  public String toString() {
    return "StoredUser[name="
        + Redaction.escape(name)
        + ", encodedHash=****, scopes="
        + Redaction.escape(scopes.toString())
        + ", enabled="
        + enabled
        + "]";
  }
}
