package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;

/** The resource-owner password flow, deprecated by RFC 9700. */
@OAuth2PasswordBearer(tokenUrl = "token")
final class SecDeprecatedFlow_password {}
