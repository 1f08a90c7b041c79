package dev.gatehouse.spring.it;

import dev.gatehouse.runtime.Authentication;
import java.security.Principal;
import java.util.Optional;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link UsersApi}, reading the caller through Spring's own means. */
@RestController
public class UsersController implements UsersApi {
  @Override
  public String me(Principal principal) {
    return Caller.json(
        Optional.ofNullable(principal instanceof Authentication a ? a : null), "me");
  }

  @Override
  public String items(Authentication caller) {
    return Caller.json(Optional.ofNullable(caller), "myItems");
  }
}
