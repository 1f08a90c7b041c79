package test;

import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;

/** oauth2MetadataUrl exists only in OpenAPI 3.2. */
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "https://id.example.com/authorize",
    tokenUrl = "https://id.example.com/token",
    oauth2MetadataUrl = "https://id.example.com/.well-known/oauth-authorization-server")
final class SecRequiresOpenApi32_oauth2MetadataUrl {}
