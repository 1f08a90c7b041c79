package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.Authentication;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Maps only its methods and is extended by {@link EdgesApi}: a base, served and documented only
 * through the interfaces that extend it, at {@code /edges/inh} (docs/spring.md).
 */
public interface EdgesBase {
  @GetMapping("inh")
  @SecurityRequirement("APIKeyHeader")
  String inherited(Authentication caller);
}
