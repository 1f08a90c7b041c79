package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.webflux.GatehouseWebFilter;
import java.util.Optional;
import java.util.UUID;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The implementation of {@link ItemsApi}: each operation says who called it. */
@RestController
public class ItemsController implements ItemsApi {

  @Override
  public String items(int limit, Optional<Authentication> caller) {
    return Caller.json(caller, "items");
  }

  @Override
  public String item(UUID id, Optional<Authentication> caller) {
    return Caller.json(caller, "item");
  }

  @Override
  public String both(Optional<Authentication> caller, ServerWebExchange exchange) {
    if (Caller.wantsFull(exchange)) {
      return Caller.full(GatehouseWebFilter.caller(exchange));
    }
    return Caller.json(caller, "both");
  }

  @Override
  public String maybe(Optional<Authentication> caller) {
    return Caller.json(caller, "maybe");
  }

  @Override
  public String admin(Optional<Authentication> caller) {
    return Caller.json(caller, "admin");
  }

  @Override
  public String hello(Optional<Authentication> caller) {
    return Caller.json(caller, "hello");
  }
}
