package test;

import dev.gatehouse.annotations.OpenIdConnect;

/** OpenID Connect without its discovery document. */
@OpenIdConnect(openIdConnectUrl = "")
final class SecMissingRequiredField_openIdConnectUrl {}
