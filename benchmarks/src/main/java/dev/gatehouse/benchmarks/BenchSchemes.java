package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.Scope;

/**
 * The example service's API-key and OAuth2 schemes, plus an HS256 bearer scheme, for the loopback
 * comparison.
 */
@OAuth2PasswordBearer(
    tokenUrl = "token",
    scopes = {@Scope(name = "items", description = "Read items.")})
@ApiKeyHeader(name = "X-API-Key")
@HttpBearer(bearerFormat = "JWT")
@SuppressWarnings("SecDeprecatedFlow") // the example's password flow; RFC 9700 deprecates it
final class BenchSchemes {
  private BenchSchemes() {}
}
