package petstore;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.Scope;

/** The store's security schemes. */
@OAuth2AuthorizationCodeBearer(
    schemeName = "petstore_auth",
    authorizationUrl = "https://petstore.example.com/oauth/authorize",
    tokenUrl = "https://petstore.example.com/oauth/token",
    scopes = {
      @Scope(name = "read:pets", description = "Read your pets."),
      @Scope(name = "write:pets", description = "Modify pets in your account.")
    })
@ApiKeyHeader(name = "api_key", schemeName = "api_key")
final class Schemes {
  private Schemes() {}
}
