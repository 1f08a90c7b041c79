package test;

import dev.gatehouse.annotations.OAuth2PasswordBearer;

/** The password-flow shortcut with an empty token URL. */
@OAuth2PasswordBearer(tokenUrl = "")
@SuppressWarnings("SecDeprecatedFlow")
final class SecMissingRequiredField_tokenUrlShortcut {}
