package dev.gatehouse.webflux.it;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The implementation of {@link KindsApi}. */
@RestController
public class KindsController implements KindsApi {

  @Override
  public String query(ServerWebExchange exchange) {
    return Caller.json(exchange, "query");
  }

  @Override
  public String cookie(ServerWebExchange exchange) {
    return Caller.json(exchange, "cookie");
  }

  @Override
  public String digest(ServerWebExchange exchange) {
    return Caller.json(exchange, "digest");
  }

  @Override
  public String hoba(ServerWebExchange exchange) {
    return Caller.json(exchange, "hoba");
  }

  @Override
  public String oidc(ServerWebExchange exchange) {
    return Caller.json(exchange, "oidc");
  }

  @Override
  public String form(NoteForm form, ServerWebExchange exchange) {
    String note = form == null || form.note() == null ? "" : form.note();
    return Caller.json(exchange, "form:" + note);
  }
}
