package dev.gatehouse.example;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.Scope;

/** The service's security schemes: the tutorial's OAuth2 password flow, an API key, and Basic. */
@OAuth2PasswordBearer(
    tokenUrl = "token",
    description = "Log in with a demo user (johndoe / secret) through the password flow.",
    scopes = {
      @Scope(name = "me", description = "Read information about the current user."),
      @Scope(name = "items", description = "Read items.")
    })
@ApiKeyHeader(name = "X-API-Key", description = "The demo key printed when the service starts.")
@HttpBasic(realm = "admin", description = "The demo administrator printed when the service starts.")
@SuppressWarnings("SecDeprecatedFlow") // the tutorial's password flow; RFC 9700 deprecates it
final class SecuritySchemes {
  private SecuritySchemes() {}
}
