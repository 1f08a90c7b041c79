package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A client-credentials flow without the token endpoint it needs. */
@OAuth2(
    schemeName = "Machines",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(refreshUrl = "https://id.example.com/refresh")))
final class SecMissingRequiredField_tokenUrl {}
