package dev.gatehouse.spring.it;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link EdgesApi}. */
@RestController
public class EdgesController implements EdgesApi {
  private final HttpServletRequest request;

  public EdgesController(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String inherited() {
    return Caller.json(request, "inherited");
  }

  @Override
  public String bearers() {
    return Caller.json(request, "bearers");
  }

  @Override
  public String keyFirst() {
    return Caller.json(request, "keyFirst");
  }

  @Override
  public String tokenFirst() {
    return Caller.json(request, "tokenFirst");
  }

  @Override
  public String optionalMe() {
    return Caller.json(request, "optionalMe");
  }
}
