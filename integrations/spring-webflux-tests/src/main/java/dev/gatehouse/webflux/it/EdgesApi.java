package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The edges of issue 14 (docs/enforcement.md), served by Spring WebFlux; the handlers take the
 * caller as an {@code Authentication} argument (null when anonymous).
 */
@RequestMapping(path = "/edges", produces = "application/json")
public interface EdgesApi extends EdgesBase {
  /** Two bearer schemes, each with its own verifier, reading one token. */
  @GetMapping("bearers")
  @SecurityRequirement("HTTPBearer")
  @SecurityRequirement("OAuth2PasswordBearer")
  String bearers(Authentication caller);

  @GetMapping("key-first")
  @SecurityRequirement(value = "APIKeyHeader", scopes = "audit")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "items")
  String keyFirst(Authentication caller);

  @GetMapping("token-first")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "items")
  @SecurityRequirement(value = "APIKeyHeader", scopes = "audit")
  String tokenFirst(Authentication caller);

  @GetMapping("optional-me")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "me")
  @OptionalSecurity
  String optionalMe(Authentication caller);
}
