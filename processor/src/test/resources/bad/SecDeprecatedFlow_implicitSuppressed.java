package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** The implicit flow, knowingly. */
@OAuth2(
    schemeName = "Browser",
    flows =
        @OAuthFlows(
            implicit =
                @OAuthFlow(authorizationUrl = "https://id.example.com/authorize")))
@SuppressWarnings("SecDeprecatedFlow")
final class SecDeprecatedFlow_implicitSuppressed {}
