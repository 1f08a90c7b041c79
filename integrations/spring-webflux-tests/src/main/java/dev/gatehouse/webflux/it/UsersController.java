package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import java.util.Optional;
import org.springframework.core.io.buffer.DataBufferUtils;
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
}
