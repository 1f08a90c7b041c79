package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** An authorization-code flow given the device flow's endpoint. */
@OAuth2(
    schemeName = "Users",
    flows =
        @OAuthFlows(
            authorizationCode =
                @OAuthFlow(
                    authorizationUrl = "https://id.example.com/authorize",
                    tokenUrl = "https://id.example.com/token",
                    deviceAuthorizationUrl = "https://id.example.com/device")))
final class SecFieldNotApplicable_deviceAuthorizationUrl {}
