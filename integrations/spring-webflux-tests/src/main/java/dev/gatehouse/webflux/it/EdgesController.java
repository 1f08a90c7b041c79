package dev.gatehouse.webflux.it;

import dev.gatehouse.runtime.Authentication;
import java.util.Optional;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link EdgesApi}. */
@RestController
public class EdgesController implements EdgesApi {

  @Override
  public String inherited(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "inherited");
  }

  @Override
  public String bearers(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "bearers");
  }

  @Override
  public String keyFirst(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "keyFirst");
  }

  @Override
  public String tokenFirst(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "tokenFirst");
  }

  @Override
  public String optionalMe(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "optionalMe");
  }
}
