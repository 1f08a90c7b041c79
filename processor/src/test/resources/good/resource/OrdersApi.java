package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Every kind of token scheme, with declared and required scopes, beside an API key. */
@OpenIdConnect(openIdConnectUrl = "https://id.example.com/realms/shop/.well-known/openid-configuration")
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "https://login.example.org/authorize",
    tokenUrl = "https://login.example.org/token",
    scopes = {@Scope(name = "orders:write"), @Scope(name = "orders:read")})
@HttpBearer(bearerFormat = "JWT")
@ApiKeyHeader(name = "X-API-Key")
@Path("/orders")
public interface OrdersApi {
  @GET
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  @SecurityRequirement(value = "OAuth2AuthorizationCodeBearer", scopes = "orders:read")
  @SecurityRequirement(value = "APIKeyHeader", scopes = "not-a-token-scope")
  String list();

  @POST
  @SecurityRequirement(value = "OAuth2AuthorizationCodeBearer", scopes = "orders:write")
  String create();
}
