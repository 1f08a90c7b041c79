package test;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Basic and a bearer token together: two Authorization credentials in one request. */
@HttpBasic
@HttpBearer
@Path("/both")
public interface SecUnsatisfiableRequirementsSet {
  @GET
  @SecurityRequirementsSet({@SecurityRequirement("HTTPBasic"), @SecurityRequirement("HTTPBearer")})
  String list();
}
