package dev.gatehouse.runtime;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The verified caller of one allowed request, as endpoint code asks for it: every scheme of the
 * requirement that let the request in (both members of an AND set), the scopes they granted, the
 * scopes the operation required, and each principal typed as its verifier made it. An anonymous
 * caller (of an optional or public operation) has no scheme at all.
 *
 * <pre>{@code
 * User user = caller.principal(User.class);                 // the verifier's own object
 * VerifiedJwt jwt = caller.principal("HTTPBearer", VerifiedJwt.class);
 * if (caller.requiredScopes().contains("admin")) { ... }
 * }</pre>
 *
 * <p>Every adapter hands it over ({@code GatehouseFeature.caller(SecurityContext)}, {@code
 * GatehouseServletFilter.caller(request)}, a Spring MVC argument ...), as the request attribute
 * {@value dev.gatehouse.runtime.spi.Attributes#CALLER}. Immutable; {@link #toString()} names
 * principal objects by their type only.
 */
public final class Caller {
  private static final Caller ANONYMOUS = new Caller(List.of());

  private final List<Authentication> authentications;

  private Caller(List<Authentication> authentications) {
    this.authentications = List.copyOf(authentications);
  }

  /** The caller verified by {@code authentications}, in document order; anonymous if empty. */
  public static Caller of(List<Authentication> authentications) {
    return authentications.isEmpty() ? ANONYMOUS : new Caller(authentications);
  }

  /** The caller of an anonymous request. */
  public static Caller anonymous() {
    return ANONYMOUS;
  }

  /** Whether no scheme verified anybody (an optional or public operation's anonymous caller). */
  public boolean isAnonymous() {
    return authentications.isEmpty();
  }

  /** Every satisfied scheme's result, in the order the document lists the requirement's schemes. */
  public List<Authentication> authentications() {
    return authentications;
  }

  /** The names of the schemes that verified the caller, in document order. */
  public List<String> schemes() {
    return authentications.stream().map(Authentication::scheme).toList();
  }

  /** The result of scheme {@code scheme}, if it verified the caller. */
  public Optional<Authentication> authentication(String scheme) {
    for (Authentication a : authentications) {
      if (a.scheme().equals(scheme)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** The first scheme's result, the request's principal; empty when anonymous. */
  public Optional<Authentication> primary() {
    // Asked on every allowed request by the adapters: no stream.
    return authentications.isEmpty() ? Optional.empty() : Optional.of(authentications.get(0));
  }

  /** The first scheme's principal name; empty when anonymous. */
  public Optional<String> name() {
    return primary().map(Authentication::name);
  }

  /** Every scope (or role) granted by any of the schemes. */
  public Set<String> scopes() {
    Set<String> all = new LinkedHashSet<>();
    authentications.forEach(a -> all.addAll(a.scopes()));
    return Set.copyOf(all);
  }

  /** Whether any of the schemes granted {@code scope}. */
  public boolean hasScope(String scope) {
    for (Authentication a : authentications) {
      if (a.hasScope(scope)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The scopes the operation's satisfied requirement named (FastAPI's {@code SecurityScopes}): what
   * this operation needs, as opposed to what the caller has.
   */
  public Set<String> requiredScopes() {
    Set<String> all = new LinkedHashSet<>();
    authentications.forEach(a -> all.addAll(a.requiredScopes()));
    return Set.copyOf(all);
  }

  /**
   * The first principal that is a {@code type}, in document order.
   *
   * @throws IllegalStateException when no scheme's principal is one (an anonymous caller, or a
   *     verifier that returned another type)
   */
  public <T> T principal(Class<T> type) {
    return findPrincipal(type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no verified principal is a "
                        + type.getName()
                        + " (schemes: "
                        + schemes()
                        + ")"));
  }

  /**
   * The principal of scheme {@code scheme}.
   *
   * @throws IllegalStateException when that scheme did not verify the caller, or its principal is
   *     not a {@code type}
   */
  public <T> T principal(String scheme, Class<T> type) {
    return findPrincipal(scheme, type)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "scheme "
                        + scheme
                        + " gave no principal of type "
                        + type.getName()
                        + " (schemes: "
                        + schemes()
                        + ")"));
  }

  /** The first principal that is a {@code type}, or empty. */
  public <T> Optional<T> findPrincipal(Class<T> type) {
    Objects.requireNonNull(type, "type");
    for (Authentication a : authentications) {
      Optional<T> p = a.principal(type);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * The principal of scheme {@code scheme} if that scheme verified the caller and it is a {@code
   * type}.
   */
  public <T> Optional<T> findPrincipal(String scheme, Class<T> type) {
    Objects.requireNonNull(type, "type");
    return authentication(scheme).flatMap(a -> a.principal(type));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Caller c && c.authentications.equals(authentications);
  }

  @Override
  public int hashCode() {
    return authentications.hashCode();
  }

  @Override
  public String toString() {
    return isAnonymous() ? "Caller[anonymous]" : "Caller" + authentications;
  }
}
