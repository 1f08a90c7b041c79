package test;

import dev.gatehouse.annotations.ApiKeyCookie;
import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.ApiKeyQuery;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.HttpScheme;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.Scope;

/** Every scheme kind with every flow a 3.1 document can carry. */
@ApiKeyHeader(name = "X-API-Key", description = "A key issued by the admin console.")
@ApiKeyCookie(name = "session")
@ApiKeyQuery(name = "api_key", schemeName = "QueryKey")
@HttpBasic(realm = "test")
@HttpBearer(bearerFormat = "JWT")
@HttpDigest
@HttpScheme(scheme = "HOBA")
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "https://id.example.com/authorize",
    tokenUrl = "https://id.example.com/token",
    refreshUrl = "https://id.example.com/refresh",
    scopes = @Scope(name = "read", description = "Read access"))
@OAuth2(
    schemeName = "Everything",
    flows =
        @OAuthFlows(
            implicit =
                @OAuthFlow(
                    authorizationUrl = "https://id.example.com/authorize",
                    scopes = @Scope(name = "a")),
            password = @OAuthFlow(tokenUrl = "/token", scopes = @Scope(name = "b", description = "B")),
            clientCredentials = @OAuthFlow(tokenUrl = "http://localhost:8080/token"),
            authorizationCode =
                @OAuthFlow(
                    authorizationUrl = "authorize",
                    tokenUrl = "token",
                    scopes = {@Scope(name = "c"), @Scope(name = "d", description = "D")})))
@OpenIdConnect(openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration")
@SuppressWarnings({"SecApiKeyInQuery", "SecDeprecatedFlow"})
final class Schemes {
  private Schemes() {}
}
