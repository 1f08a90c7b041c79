package test;

import dev.gatehouse.annotations.ApiKeyQuery;

/** An API key in the query string. */
@ApiKeyQuery(name = "api_key")
final class SecApiKeyInQuery {}
