package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;

/** The resource-owner password flow, knowingly. */
@OAuth2PasswordBearer(tokenUrl = "token")
@SuppressWarnings("SecDeprecatedFlow")
final class SecDeprecatedFlow_passwordSuppressed {}
