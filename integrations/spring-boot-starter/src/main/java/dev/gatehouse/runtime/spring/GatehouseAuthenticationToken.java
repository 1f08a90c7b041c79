package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The Spring Security {@code Authentication} of a request Gatehouse let in: its principal is the
 * first scheme's principal object (so {@code @AuthenticationPrincipal User user} works), its
 * authorities are the granted scopes as {@code SCOPE_x} (Spring's convention, so {@code
 * hasAuthority('SCOPE_items')} works), its details the whole {@link Caller}. It holds no
 * credential: {@link #getCredentials()} is null.
 */
public final class GatehouseAuthenticationToken extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final transient Caller caller;

  GatehouseAuthenticationToken(Caller caller) {
    super(
        caller.scopes().stream()
            .sorted()
            .map(s -> new SimpleGrantedAuthority("SCOPE_" + s))
            .toList());
    this.caller = caller;
    setDetails(caller);
    setAuthenticated(true);
  }

  /** Every verified scheme of the request. */
  public Caller caller() {
    return caller;
  }

  @Override
  public Object getPrincipal() {
    return caller.primary().map(a -> a.principal()).orElse(null);
  }

  @Override
  public Object getCredentials() {
    return null;
  }

  @Override
  public String getName() {
    return caller.name().orElse("");
  }

  @Override
  public String toString() {
    return "GatehouseAuthenticationToken["
        + caller
        + ", authorities="
        + List.copyOf(getAuthorities())
        + "]";
  }
}
