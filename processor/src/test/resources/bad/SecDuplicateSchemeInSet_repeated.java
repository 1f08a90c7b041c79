package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The second of two repeated AND sets names one scheme twice. */
@ApiKeyHeader(name = "X-API-Key")
@HttpBearer
@Path("/reports")
public interface SecDuplicateSchemeInSet_repeated {
  @GET
  @SecurityRequirementsSet({@SecurityRequirement("HTTPBearer"), @SecurityRequirement("APIKeyHeader")})
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement(value = "APIKeyHeader", scopes = "admin")
  })
  String list();
}
