package dev.gatehouse.it;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

/** The implementation of {@link KindsApi}. */
public class KindsResource implements KindsApi {
  @Context SecurityContext security;

  @Override
  public String query() {
    return Caller.json(security, "query");
  }

  @Override
  public String cookie() {
    return Caller.json(security, "cookie");
  }

  @Override
  public String digest() {
    return Caller.json(security, "digest");
  }

  @Override
  public String hoba() {
    return Caller.json(security, "hoba");
  }

  @Override
  public String oidc() {
    return Caller.json(security, "oidc");
  }

  @Override
  public String form(String body) {
    return Caller.json(security, "form:" + Caller.note(body));
  }
}
