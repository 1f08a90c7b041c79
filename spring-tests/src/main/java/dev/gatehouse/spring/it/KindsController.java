package dev.gatehouse.spring.it;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RestController;

/** The implementation of {@link KindsApi}. */
@RestController
public class KindsController implements KindsApi {
  private final HttpServletRequest request;

  public KindsController(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String query() {
    return Caller.json(request, "query");
  }

  @Override
  public String cookie() {
    return Caller.json(request, "cookie");
  }

  @Override
  public String digest() {
    return Caller.json(request, "digest");
  }

  @Override
  public String hoba() {
    return Caller.json(request, "hoba");
  }

  @Override
  public String oidc() {
    return Caller.json(request, "oidc");
  }

  @Override
  public String oidcGold() {
    return Caller.json(request, "oidc-gold");
  }

  @Override
  public String oidcRecent() {
    return Caller.json(request, "oidc-recent");
  }

  @Override
  public String form(String note) {
    return Caller.json(request, "form:" + (note == null ? "" : note));
  }
}
