package test;

import dev.gatehouse.annotations.HttpBasic;

/** An empty scheme name. */
@HttpBasic(schemeName = "")
final class SecInvalidSchemeName_empty {}
