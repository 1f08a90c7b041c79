package test;

import dev.gatehouse.annotations.ApiKeyHeader;

/** A header name with spaces, which no HTTP header can have. */
@ApiKeyHeader(name = "X API Key")
final class SecInvalidToken_header {}
