package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.Scope;

/** An empty scope name. */
@OAuth2PasswordBearer(
    tokenUrl = "token",
    scopes = {
      @Scope(name = "me"),
      @Scope(name = "", description = "Nothing")
    })
@SuppressWarnings("SecDeprecatedFlow")
final class SecInvalidScopeName_empty {}
