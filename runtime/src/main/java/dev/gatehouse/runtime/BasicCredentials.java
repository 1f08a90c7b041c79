package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Redaction;
import java.util.Objects;

/**
 * The user-id and password of an HTTP Basic {@code Authorization} header (RFC 7617).
 *
 * <p>The extractor produces both parts decoded as strict UTF-8, checked free of control characters,
 * non-empty, never trimmed, and normalised to Unicode NFC (decision P3), so a user store must hold
 * NFC user-ids and hash NFC passwords. The password is a {@code String} for simplicity; it cannot
 * be wiped from memory, so keep its lifetime short.
 *
 * @param username the user-id, before the first colon
 * @param password the password, after the first colon (it may contain further colons)
 */
public record BasicCredentials(String username, String password) implements Credential {

  /** Checks that both parts are present. */
  public BasicCredentials {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
  }

  /** Shows the user-id (escaped for logs) but never the password. */
  @Override
  public String toString() {
    return "BasicCredentials[username=" + Redaction.escape(username) + ", password=****]";
  }
}
