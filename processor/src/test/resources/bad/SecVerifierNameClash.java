package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.ApiKeyQuery;

/** Two scheme names that differ only in characters a Java method name cannot hold. */
@ApiKeyHeader(name = "X-Key", schemeName = "api-key")
final class SecVerifierNameClash {}

@ApiKeyQuery(name = "key", schemeName = "api.key")
@SuppressWarnings("SecApiKeyInQuery")
final class SecVerifierNameClashOther {}
