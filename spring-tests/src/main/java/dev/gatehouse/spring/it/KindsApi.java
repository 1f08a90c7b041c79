package dev.gatehouse.spring.it;

import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** API keys in the query and a cookie, and OpenID Connect with a scope. */
@RequestMapping("/kinds")
public interface KindsApi {
  /** An API key in the {@code api_key} query parameter. */
  @GetMapping("query")
  @SecurityRequirement("QueryKey")
  String query();

  /** An API key in the {@code sid} cookie. */
  @GetMapping("cookie")
  @SecurityRequirement("CookieKey")
  String cookie();

  /** An OpenID Connect token with the {@code profile} scope. */
  @GetMapping("oidc")
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  String oidc();
}
