package test;

import dev.gatehouse.annotations.OpenIdConnect;

/** An OpenID Connect discovery document fetched over plain http. */
@OpenIdConnect(openIdConnectUrl = "http://id.example.com/.well-known/openid-configuration")
final class SecInsecureUrl_openIdConnect {}
