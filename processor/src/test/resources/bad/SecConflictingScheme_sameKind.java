package test;

import dev.gatehouse.annotations.HttpBearer;

/** The same kind of scheme under one name, but with different attributes. */
@HttpBearer(schemeName = "Auth")
final class SecConflictingScheme_sameKind {}

@HttpBearer(schemeName = "Auth", bearerFormat = "JWT")
final class SecConflictingScheme_sameKindOther {}
