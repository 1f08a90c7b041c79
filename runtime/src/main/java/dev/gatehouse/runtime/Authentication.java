package dev.gatehouse.runtime;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One scheme's verified caller, as the endpoint code sees it: who it is, which security scheme
 * proved it, the scopes (or roles) that scheme granted, the scopes the operation required of it,
 * and the principal object its verifier returned. It is also the request's {@link Principal}.
 * {@link Caller} gathers every scheme's one for a request.
 *
 * @param name the principal's name, as the verifier returned it
 * @param scheme the {@code schemeName} of the scheme that verified it
 * @param scopes the granted scopes or roles
 * @param requiredScopes the scopes the satisfied requirement named for this scheme
 * @param principal the verifier's principal object (the application's type, a {@code VerifiedJwt},
 *     or the name when the verifier returned only a name)
 */
public record Authentication(
    String name, String scheme, Set<String> scopes, Set<String> requiredScopes, Object principal)
    implements Principal {

  public Authentication {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scheme, "scheme");
    scopes = Set.copyOf(scopes);
    requiredScopes = Set.copyOf(requiredScopes);
    Objects.requireNonNull(principal, "principal");
  }

  /** A caller known by name only, with no required scopes recorded. */
  public Authentication(String name, String scheme, Set<String> scopes) {
    this(name, scheme, scopes, Set.of(), name);
  }

  @Override
  public String getName() {
    return name;
  }

  /** Whether the scheme granted the scope or role. */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }

  /** The principal object if it is a {@code type}, else empty. */
  public <T> Optional<T> principal(Class<T> type) {
    return type.isInstance(principal) ? Optional.of(type.cast(principal)) : Optional.empty();
  }

  /** Names the principal object by its type only: it may hold claims or a password hash. */
  @Override
  public String toString() {
    return "Authentication[name="
        + name
        + ", scheme="
        + scheme
        + ", scopes="
        + scopes
        + ", requiredScopes="
        + requiredScopes
        + ", principal="
        + (principal instanceof String ? "name" : principal.getClass().getSimpleName())
        + "]";
  }
}
