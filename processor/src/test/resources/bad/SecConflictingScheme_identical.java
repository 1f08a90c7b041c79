package test;

import dev.gatehouse.annotations.HttpBearer;

/** Identical declarations of one scheme on two types are one scheme, not a conflict. */
@HttpBearer(schemeName = "Auth", bearerFormat = "JWT")
final class SecConflictingScheme_identical {}

@HttpBearer(schemeName = "Auth", bearerFormat = "JWT")
final class SecConflictingScheme_identicalOther {}
