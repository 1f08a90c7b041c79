package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A token endpoint reached over plain http on a public host. */
@OAuth2(
    schemeName = "Machines",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "http://id.example.com/token")))
final class SecInsecureUrl {}
