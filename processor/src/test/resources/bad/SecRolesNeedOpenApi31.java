package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Role names on an http scheme, which OpenAPI 3.0 cannot express. */
@HttpBearer
@Path("/admin")
public interface SecRolesNeedOpenApi31 {
  @GET
  @SecurityRequirement(value = "HTTPBearer", scopes = "admin")
  String dashboard();
}
