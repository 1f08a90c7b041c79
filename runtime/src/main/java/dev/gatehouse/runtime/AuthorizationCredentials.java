package dev.gatehouse.runtime;

import dev.gatehouse.runtime.internal.Redaction;
import java.util.Objects;

/**
 * The credentials of an {@code Authorization} header for a generic HTTP scheme
 * ({@code @HttpScheme}), which the application's own verifier interprets.
 *
 * @param scheme the scheme word as sent (it matched the declared one ASCII-case-insensitively)
 * @param credentials everything after the scheme and its spaces: a {@code token68} or a
 *     syntactically valid, duplicate-free {@code #auth-param} list, unparsed
 */
public record AuthorizationCredentials(String scheme, String credentials) implements Credential {

  /** Checks that both parts are present. */
  public AuthorizationCredentials {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(credentials, "credentials");
  }

  /** Shows the scheme but never the credentials. */
  @Override
  public String toString() {
    return "AuthorizationCredentials[scheme=" + Redaction.escape(scheme) + ", credentials=****]";
  }
}
