package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A token URL with a space in its path. */
@OAuth2(
    schemeName = "Machines",
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://id.example.com/to ken")))
final class SecMalformedUrl {}
