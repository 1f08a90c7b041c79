package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** The implicit flow, deprecated by RFC 9700. */
@OAuth2(
    schemeName = "Browser",
    flows =
        @OAuthFlows(
            implicit =
                @OAuthFlow(authorizationUrl = "https://id.example.com/authorize")))
final class SecDeprecatedFlow_implicit {}
