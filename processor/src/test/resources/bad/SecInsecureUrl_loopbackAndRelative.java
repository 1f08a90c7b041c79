package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.OpenIdConnect;

/** Plain http is fine to loopback hosts, and relative URLs resolve against the server URL. */
@OAuth2(
    schemeName = "Local",
    flows =
        @OAuthFlows(
            clientCredentials = @OAuthFlow(tokenUrl = "http://localhost:8080/token"),
            authorizationCode =
                @OAuthFlow(
                    authorizationUrl = "http://127.0.0.1/authorize",
                    tokenUrl = "http://[::1]:9000/token",
                    refreshUrl = "HTTP://auth.localhost/refresh")))
@OAuth2(
    schemeName = "Relative",
    flows =
        @OAuthFlows(
            clientCredentials = @OAuthFlow(tokenUrl = "token"),
            authorizationCode =
                @OAuthFlow(authorizationUrl = "/oauth/authorize", tokenUrl = "../token")))
@OpenIdConnect(openIdConnectUrl = "http://localhost/.well-known/openid-configuration")
final class SecInsecureUrl_loopbackAndRelative {}
