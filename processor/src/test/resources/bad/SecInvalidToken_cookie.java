package test;

import dev.gatehouse.annotations.ApiKeyCookie;

/** A cookie name with a separator in it. */
@ApiKeyCookie(name = "session;id")
final class SecInvalidToken_cookie {}
