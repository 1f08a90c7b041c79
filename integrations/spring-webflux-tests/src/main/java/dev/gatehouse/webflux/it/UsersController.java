package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** The implementation of {@link UsersApi}, reading the caller through Spring's own means. */
@RestController
public class UsersController implements UsersApi {
  @Override
  public String me(Principal principal) {
    return Caller.json(Optional.ofNullable(principal instanceof Authentication a ? a : null), "me");
  }

  @Override
  public String items(
      Authentication caller, dev.gatehouse.runtime.Caller all, ServerWebExchange exchange) {
    if (Caller.wantsFull(exchange)) {
      return Caller.full(all);
    }
    return Caller.json(Optional.ofNullable(caller), "myItems");
  }

  @Override
  public Mono<String> notes(ServerWebExchange exchange, Authentication caller) {
    return exchange
        .getRequest()
        .getBody()
        .map(
            buffer -> {
              int n = buffer.readableByteCount();
              DataBufferUtils.release(buffer);
              return n;
            })
        .reduce(0, Integer::sum)
        .map(length -> Caller.json(Optional.ofNullable(caller), "notes:" + length));
  }

  /** Spring Security sees the caller Gatehouse verified: its scopes are SCOPE_ authorities. */
  @Override
  @PreAuthorize("hasAuthority('SCOPE_profile')")
  public Mono<String> profile(String user, Optional<String> named, Optional<String> otherScheme) {
    return ReactiveSecurityContextHolder.getContext()
        .map(
            context -> {
              org.springframework.security.core.Authentication spring = context.getAuthentication();
              return "{\"user\":\""
                  + user
                  + "\",\"named\":\""
                  + named.orElse("")
                  + "\",\"otherScheme\":"
                  + otherScheme.isPresent()
                  + ",\"name\":\""
                  + spring.getName()
                  + "\",\"authorities\":\""
                  + String.join(
                      " ", spring.getAuthorities().stream().map(Object::toString).sorted().toList())
                  + "\"}";
            });
  }

  /** A method-security refusal is a 403, as a Spring Security filter chain would answer. */
  @ExceptionHandler(AuthorizationDeniedException.class)
  ResponseEntity<String> denied() {
    return ResponseEntity.status(403).body("{\"detail\":\"Denied by @PreAuthorize\"}");
  }
}
