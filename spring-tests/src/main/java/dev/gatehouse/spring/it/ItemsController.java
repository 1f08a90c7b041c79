package dev.gatehouse.spring.it;

import dev.gatehouse.runtime.spring.GatehouseInterceptor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link ItemsApi}: each operation says who called it. */
@RestController
public class ItemsController implements ItemsApi {
  /** How often the admin handler ran, for the path-confusion tests. */
  public static final AtomicInteger ADMIN_CALLS = new AtomicInteger();

  private final HttpServletRequest request;

  public ItemsController(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String items(int limit) {
    return Caller.json(request, "items");
  }

  @Override
  public String item(UUID id) {
    return Caller.json(request, "item");
  }

  @Override
  public String both() {
    if (Caller.wantsFull(request)) {
      dev.gatehouse.runtime.Caller caller = GatehouseInterceptor.caller(request);
      return Caller.full(caller, caller.findPrincipal(DemoUser.class).orElse(null));
    }
    return Caller.json(request, "both");
  }

  @Override
  public String maybe() {
    return Caller.json(request, "maybe");
  }

  @Override
  public String admin() {
    ADMIN_CALLS.incrementAndGet();
    return Caller.json(request, "admin");
  }

  @Override
  public String hello() {
    return Caller.json(request, "hello");
  }
}
