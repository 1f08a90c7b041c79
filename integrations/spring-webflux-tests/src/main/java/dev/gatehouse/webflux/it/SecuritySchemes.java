package dev.gatehouse.webflux.it;

import dev.gatehouse.annotations.ApiKeyCookie;
import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.ApiKeyQuery;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.HttpScheme;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.Scope;

/** The application's security schemes, declared once for every endpoint interface. */
@ApiKeyHeader(name = "X-API-Key", description = "Issued by the admin console.")
@ApiKeyQuery(name = "api_key", schemeName = "QueryKey")
@ApiKeyCookie(name = "sid", schemeName = "CookieKey")
@HttpBasic(realm = "gatehouse")
@HttpBearer(bearerFormat = "JWT")
@HttpDigest
@HttpScheme(scheme = "HOBA")
@OAuth2PasswordBearer(
    tokenUrl = "token",
    scopes = {
      @Scope(name = "me", description = "Read information about the current user."),
      @Scope(name = "items", description = "Read items.")
    })
@OpenIdConnect(openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration")
@SuppressWarnings({"SecDeprecatedFlow", "SecApiKeyInQuery"})
final class SecuritySchemes {
  private SecuritySchemes() {}
}
