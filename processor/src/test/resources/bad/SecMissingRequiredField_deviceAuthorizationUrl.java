package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** A device-authorization flow (OpenAPI 3.2) without its device authorization endpoint. */
@OAuth2(
    schemeName = "Devices",
    flows =
        @OAuthFlows(
            deviceAuthorization =
                @OAuthFlow(tokenUrl = "https://id.example.com/token")))
final class SecMissingRequiredField_deviceAuthorizationUrl {}
