package test;

import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;

/** The authorization-code shortcut with an empty authorization URL. */
@OAuth2AuthorizationCodeBearer(
    authorizationUrl = "",
    tokenUrl = "https://id.example.com/token")
final class SecMissingRequiredField_authorizationUrlShortcut {}
