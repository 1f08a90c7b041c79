package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The signed-in user, behind OAuth2 password-flow tokens with scopes. */
@RequestMapping(path = "/users/me", produces = "application/json")
@SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
public interface UsersApi {
  /** The current user, as Spring's own {@link Principal} argument. */
  @GetMapping
  String me(Principal principal);

  /** The current user's items, with the caller as an {@link Authentication} argument. */
  @GetMapping("items")
  @SecurityRequirement(
      value = "OAuth2PasswordBearer",
      scopes = {"items", "me"})
  String items(Authentication caller, dev.gatehouse.runtime.Caller all, ServerWebExchange exchange);

  /**
   * A urlencoded body of any size, whose scheme reads no token from bodies: Gatehouse still reads
   * its first 64 KiB (the filter cannot tell), and the handler, reading the raw body, must receive
   * all of it. (WebFlux binds no {@code @RequestBody} from a form.)
   */
  @PostMapping("notes")
  Mono<String> notes(ServerWebExchange exchange, Authentication caller);
}
