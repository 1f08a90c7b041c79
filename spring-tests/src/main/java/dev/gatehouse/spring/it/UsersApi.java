package dev.gatehouse.spring.it;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The signed-in user, behind OAuth2 password-flow tokens with scopes. */
@RequestMapping(path = "/users/me", produces = "application/json")
@SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
public interface UsersApi {
  /** The current user, as Spring's own {@link Principal} argument. */
  @GetMapping
  String me(Principal principal);

  /** The current user's items, with the caller as an {@link Authentication} argument. */
  @GetMapping("items")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = {"items", "me"})
  String items(Authentication caller);
}
