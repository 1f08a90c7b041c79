package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.SecurityRequirement;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * API keys in the query and a cookie, Digest, HOBA, and OpenID Connect with a scope; the handlers
 * read the caller from the exchange attribute.
 */
@RequestMapping("/kinds")
public interface KindsApi {
  /** An API key in the {@code api_key} query parameter. */
  @GetMapping("query")
  @SecurityRequirement("QueryKey")
  String query(ServerWebExchange exchange);

  /** An API key in the {@code sid} cookie. */
  @GetMapping("cookie")
  @SecurityRequirement("CookieKey")
  String cookie(ServerWebExchange exchange);

  /** HTTP Digest (SHA-256, {@code qop=auth}). */
  @GetMapping("digest")
  @SecurityRequirement("HTTPDigest")
  String digest(ServerWebExchange exchange);

  /** Any other HTTP scheme, here HOBA. */
  @GetMapping("hoba")
  @SecurityRequirement("HTTPBase")
  String hoba(ServerWebExchange exchange);

  /** An OpenID Connect token with the {@code profile} scope. */
  @GetMapping("oidc")
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  String oidc(ServerWebExchange exchange);

  /**
   * A bearer token in the header or the urlencoded body (RFC 6750 section 2.2); the answer names
   * the form's {@code note}, bound by WebFlux from the form data, proving the controller still
   * received the whole body.
   */
  @PostMapping("form")
  @SecurityRequirement("HTTPBearer")
  String form(@ModelAttribute NoteForm form, ServerWebExchange exchange);

  /** The one form field the sample reads. */
  record NoteForm(String note) {}
}
