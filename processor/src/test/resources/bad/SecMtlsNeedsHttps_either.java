package test;

import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.TokenBinding;

/** DPoP or certificate-bound tokens, but a server URL without TLS. */
@OpenIdConnect(
    openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration",
    tokenBinding = TokenBinding.DPOP_OR_MTLS)
final class SecMtlsNeedsHttps_either {}
