package test;

import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;

/** The device-authorization flow exists only in OpenAPI 3.2. */
@OAuth2(
    schemeName = "Devices",
    flows =
        @OAuthFlows(
            deviceAuthorization =
                @OAuthFlow(
                    deviceAuthorizationUrl = "https://id.example.com/device",
                    tokenUrl = "https://id.example.com/token")))
final class SecRequiresOpenApi32_deviceAuthorization {}
