package test;

import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;

/** Authorization server metadata (OpenAPI 3.2) fetched over plain http. */
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "https://id.example.com/authorize",
    tokenUrl = "https://id.example.com/token",
    oauth2MetadataUrl = "http://id.example.com/.well-known/oauth-authorization-server")
final class SecInsecureUrl_oauth2MetadataUrl {}
