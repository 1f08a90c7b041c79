package dev.gatehouse.spring.it;

import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** API keys in the query and a cookie, Digest, HOBA, and OpenID Connect with a scope. */
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

  /** HTTP Digest (SHA-256, {@code qop=auth}). */
  @GetMapping("digest")
  @SecurityRequirement("HTTPDigest")
  String digest();

  /** Any other HTTP scheme, here HOBA. */
  @GetMapping("hoba")
  @SecurityRequirement("HTTPBase")
  String hoba();

  /** An OpenID Connect token with the {@code profile} scope. */
  @GetMapping("oidc")
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  String oidc();

  /**
   * An OpenID Connect token with the {@code profile} scope from a {@code gold} or {@code platinum}
   * login at most 5 minutes old (RFC 9470 step-up).
   */
  @GetMapping("oidc/gold")
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  @StepUp(
      acrValues = {"gold", "platinum"},
      maxAge = 300)
  String oidcGold();

  /** An OpenID Connect token from a login at most 5 minutes old. */
  @GetMapping("oidc/recent")
  @SecurityRequirement("OpenIdConnect")
  @StepUp(maxAge = 300)
  String oidcRecent();

  /**
   * A bearer token in the header or the urlencoded body (RFC 6750 section 2.2); the answer names
   * the form's {@code note}, proving the controller still received the whole body.
   */
  @PostMapping("form")
  @SecurityRequirement("HTTPBearer")
  String form(@RequestParam(name = "note", required = false) String note);
}
