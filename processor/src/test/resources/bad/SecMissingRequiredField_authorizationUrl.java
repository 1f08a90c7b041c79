package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** An authorization-code flow without its authorization endpoint. */
@OAuth2(
    schemeName = "Users",
    flows =
        @OAuthFlows(
            authorizationCode =
                @OAuthFlow(tokenUrl = "https://id.example.com/token")))
final class SecMissingRequiredField_authorizationUrl {}
