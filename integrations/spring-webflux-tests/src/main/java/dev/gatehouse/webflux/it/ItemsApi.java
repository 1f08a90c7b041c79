package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import dev.gatehouse.runtime.Authentication;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ServerWebExchange;

/**
 * Items, with one operation per way of combining schemes; each handler takes the caller as an
 * {@code Optional<Authentication>} argument.
 */
@RequestMapping(produces = "application/json")
public interface ItemsApi {
  /** Items, for API-key holders. */
  @GetMapping("/items")
  @SecurityRequirement("APIKeyHeader")
  String items(@RequestParam(defaultValue = "10") int limit, Optional<Authentication> caller);

  /** One item, for an API key OR a bearer token. */
  @GetMapping("/items/{id}")
  @SecurityRequirement("APIKeyHeader")
  @SecurityRequirement("HTTPBearer")
  String item(@PathVariable UUID id, Optional<Authentication> caller);

  /** Needs an API key AND a bearer token. */
  @GetMapping("/both")
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement("HTTPBearer")
  })
  String both(Optional<Authentication> caller, ServerWebExchange exchange);

  /** Anonymous callers welcome; a bearer token is checked if sent. */
  @GetMapping("/maybe")
  @OptionalSecurity
  @SecurityRequirement("HTTPBearer")
  String maybe(Optional<Authentication> caller);

  /** Administration, behind HTTP Basic, under two paths. */
  @GetMapping({"/admin", "/administration"})
  @SecurityRequirement("HTTPBasic")
  String admin(Optional<Authentication> caller);

  /** Open to everyone. */
  @GetMapping("/hello")
  @Public
  String hello(Optional<Authentication> caller);
}
