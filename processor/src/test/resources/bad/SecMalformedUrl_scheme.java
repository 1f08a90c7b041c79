package test;

import dev.gatehouse.annotations.OpenIdConnect;

/** A discovery document on an FTP server. */
@OpenIdConnect(openIdConnectUrl = "ftp://id.example.com/.well-known/openid-configuration")
final class SecMalformedUrl_scheme {}
