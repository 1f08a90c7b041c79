/*
 * case: a query parameter's type does not exist
 * expect: failure
 * error: cannot find symbol @ @QueryParam("q") Missing q
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@HttpBasic
@Path("/u")
@SecurityRequirement("HTTPBasic")
public interface UnresolvedParameterType {
  @GET
  String find(@QueryParam("q") Missing q);
}
