/*
 * case: the return type of an operation does not exist
 * expect: failure
 * error: cannot find symbol @ Missing get();
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/u")
public interface UnresolvedReturnType {
  @GET
  @SecurityRequirement("HTTPBasic")
  Missing get();
}
