package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;

/** A host that starts with "localhost" but is not loopback. */
@OAuth2PasswordBearer(tokenUrl = "http://localhost.example.com/token")
@SuppressWarnings("SecDeprecatedFlow")
final class SecInsecureUrl_localhostLookalike {}
