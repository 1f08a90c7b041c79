package test;

import dev.gatehouse.annotations.ApiKeyHeader;

/** A scheme name that looks like a URI, which OpenAPI 3.2 would read as a reference. */
@ApiKeyHeader(name = "X-API-Key", schemeName = "https://example.com/key")
final class SecInvalidSchemeName_uri {}
