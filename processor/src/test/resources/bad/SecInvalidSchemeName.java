package test;

import dev.gatehouse.annotations.HttpBearer;

/** A scheme name with a space, which OpenAPI component names cannot contain. */
@HttpBearer(schemeName = "Bearer Token")
final class SecInvalidSchemeName {}
