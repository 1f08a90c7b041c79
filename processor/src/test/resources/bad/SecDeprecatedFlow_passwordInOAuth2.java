package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** The password flow of a generic OAuth2 scheme, deprecated by RFC 9700. */
@OAuth2(
    schemeName = "Legacy",
    flows =
        @OAuthFlows(
            password =
                @OAuthFlow(tokenUrl = "https://id.example.com/token")))
final class SecDeprecatedFlow_passwordInOAuth2 {}
