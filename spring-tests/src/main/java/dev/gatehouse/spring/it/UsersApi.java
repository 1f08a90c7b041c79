package dev.gatehouse.spring.it;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.spring.GatehousePrincipal;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in user, behind OAuth2 password-flow tokens with scopes. */
@RequestMapping(path = "/users/me", produces = "application/json")
@SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
public interface UsersApi {
  /** The current user, as Spring's own {@link Principal} argument. */
  @GetMapping
  String me(Principal principal);

  /**
   * The current user's items, with the caller as an {@link Authentication} argument, every scheme
   * as a {@link dev.gatehouse.runtime.Caller} and the verifier's own user object typed.
   */
  @GetMapping("items")
  @SecurityRequirement(
      value = "OAuth2PasswordBearer",
      scopes = {"items", "me"})
  String items(
      Authentication caller,
      dev.gatehouse.runtime.Caller all,
      @GatehousePrincipal DemoUser user,
      @RequestHeader(name = "X-Caller", required = false) String view);

  /**
   * The current user's profile behind Gatehouse (scope {@code me}) and Spring Security method
   * security ({@code @PreAuthorize("hasAuthority('SCOPE_profile')")} on the controller).
   */
  @GetMapping("profile")
  String profile();
}
