package test;

import dev.gatehouse.annotations.HttpScheme;

/** An HTTP authentication scheme word with a slash in it. */
@HttpScheme(scheme = "Ho/ba")
final class SecInvalidToken_httpScheme {}
