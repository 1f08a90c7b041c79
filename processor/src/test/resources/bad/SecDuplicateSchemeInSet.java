package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One scheme twice in one AND set. */
@ApiKeyHeader(name = "X-API-Key")
@HttpBearer
@Path("/reports")
public interface SecDuplicateSchemeInSet {
  @GET
  @SecurityRequirementsSet({
    @SecurityRequirement("HTTPBearer"),
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement(value = "HTTPBearer", scopes = "admin")
  })
  String list();
}
