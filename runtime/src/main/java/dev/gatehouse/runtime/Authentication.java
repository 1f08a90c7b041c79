package dev.gatehouse.runtime;

import java.security.Principal;
import java.util.Objects;
import java.util.Set;

/**
 * A verified caller, as the endpoint code sees it: who it is, which security scheme proved it, and
 * the scopes (or roles) that scheme granted. It is also the request's {@link Principal}.
 *
 * @param name the principal's name, as the verifier returned it
 * @param scheme the {@code schemeName} of the scheme that verified it
 * @param scopes the granted scopes or roles
 */
public record Authentication(String name, String scheme, Set<String> scopes) implements Principal {

  public Authentication {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(scheme, "scheme");
    scopes = Set.copyOf(scopes);
  }

  @Override
  public String getName() {
    return name;
  }

  /** Whether the scheme granted the scope or role. */
  public boolean hasScope(String scope) {
    return scopes.contains(scope);
  }
}
