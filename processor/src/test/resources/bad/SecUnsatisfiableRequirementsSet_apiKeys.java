package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Two API-key schemes of one header name (in another case), needed together, on the interface. */
@ApiKeyHeader(name = "X-Key", schemeName = "KeyA")
@ApiKeyHeader(name = "x-key", schemeName = "KeyB")
@Path("/keys")
@SecurityRequirementsSet({@SecurityRequirement("KeyA"), @SecurityRequirement("KeyB")})
public interface SecUnsatisfiableRequirementsSet_apiKeys {
  @GET
  String list();

  @GET
  @Path("/other")
  String other();
}
