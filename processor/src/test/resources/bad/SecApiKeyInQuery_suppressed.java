package test;

import dev.gatehouse.annotations.ApiKeyQuery;

/** An API key in the query string, knowingly. */
@ApiKeyQuery(name = "api_key")
@SuppressWarnings("SecApiKeyInQuery")
final class SecApiKeyInQuery_suppressed {}
