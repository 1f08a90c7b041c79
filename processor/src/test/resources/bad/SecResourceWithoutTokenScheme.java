package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Compiled with -Agatehouse.resource: no token scheme, so no RFC 9728 metadata. */
@ApiKeyHeader(name = "X-API-Key")
@Path("/orders")
public interface SecResourceWithoutTokenScheme {
  @GET
  @SecurityRequirement("APIKeyHeader")
  String list();
}
