package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.TokenBinding;

/** One token scheme per binding. */
@HttpBearer(schemeName = "Dpop", bearerFormat = "JWT", tokenBinding = TokenBinding.DPOP)
@OAuth2AuthorizationCodeBearer(
    schemeName = "Mtls",
    authorizationUrl = "https://id.example.com/authorize",
    tokenUrl = "https://id.example.com/token",
    description = "Tokens from the company identity provider.",
    tokenBinding = TokenBinding.MTLS)
@OpenIdConnect(
    schemeName = "Either",
    openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration",
    tokenBinding = TokenBinding.DPOP_OR_MTLS)
@HttpBearer(schemeName = "Plain")
final class SenderConstrained {}
