package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.Scope;

/** One flow declares "read" twice; the other flow may declare it again. */
@OAuth2(
    flows =
        @OAuthFlows(
            clientCredentials =
                @OAuthFlow(
                    tokenUrl = "https://id.example.com/token",
                    scopes = @Scope(name = "read")),
            authorizationCode =
                @OAuthFlow(
                    authorizationUrl = "https://id.example.com/authorize",
                    tokenUrl = "https://id.example.com/token",
                    scopes = {
                      @Scope(name = "read", description = "Read access"),
                      @Scope(name = "write", description = "Write access"),
                      @Scope(name = "read", description = "Read again")
                    })))
final class SecDuplicateScope {}
