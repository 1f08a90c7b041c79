package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;

/** An absolute URL without a host. */
@OAuth2PasswordBearer(tokenUrl = "https:///token")
@SuppressWarnings("SecDeprecatedFlow")
final class SecMalformedUrl_noHost {}
