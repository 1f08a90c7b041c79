package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;

/** A scope name with a space: tokens carry scopes space-separated. */
@OAuth2(
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://id.example.com/token",
                    scopes = {
                      @Scope(name = "read"),
                      @Scope(name = "read write")
                    })))
final class SecInvalidScopeName {}
