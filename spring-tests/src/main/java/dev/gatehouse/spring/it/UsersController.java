package dev.gatehouse.spring.it;

import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link UsersApi}, reading the caller through Spring's own means. */
@RestController
public class UsersController implements UsersApi {
  @Override
  public String me(Principal principal) {
    return Caller.json(Optional.ofNullable(principal instanceof Authentication a ? a : null), "me");
  }

  @Override
  public String items(
      Authentication caller, dev.gatehouse.runtime.Caller all, DemoUser user, String view) {
    return "full".equals(view)
        ? Caller.full(all, user)
        : Caller.json(Optional.ofNullable(caller), "myItems");
  }

  /** Spring Security sees the caller Gatehouse verified: its scopes are SCOPE_ authorities. */
  @Override
  @PreAuthorize("hasAuthority('SCOPE_profile')")
  public String profile() {
    org.springframework.security.core.Authentication spring =
        SecurityContextHolder.getContext().getAuthentication();
    return "{\"name\":\""
        + spring.getName()
        + "\",\"principal\":\""
        + spring.getPrincipal().getClass().getSimpleName()
        + "\",\"authorities\":\""
        + String.join(" ", spring.getAuthorities().stream().map(Object::toString).sorted().toList())
        + "\"}";
  }

  /** A method-security refusal is a 403, as a Spring Security filter chain would answer. */
  @ExceptionHandler(AuthorizationDeniedException.class)
  ResponseEntity<String> denied() {
    return ResponseEntity.status(403).body("{\"detail\":\"Denied by @PreAuthorize\"}");
  }
}
