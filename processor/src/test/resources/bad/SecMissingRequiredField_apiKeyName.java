package test;

import dev.gatehouse.annotations.ApiKeyHeader;

/** An API key scheme that does not say which header carries the key. */
@ApiKeyHeader(name = "")
final class SecMissingRequiredField_apiKeyName {}
