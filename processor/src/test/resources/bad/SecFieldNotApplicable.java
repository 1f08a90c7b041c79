package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A client-credentials flow given an authorization URL, which only user-facing flows take. */
@OAuth2(
    schemeName = "Machines",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    authorizationUrl = "https://id.example.com/authorize",
                    tokenUrl = "https://id.example.com/token")))
final class SecFieldNotApplicable {}
