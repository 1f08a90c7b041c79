/*
 * case: annotation attributes of the wrong type, and an attribute that does not exist
 * expect: failure
 * error: incompatible types @ @HttpBasic(schemeName = 42)
 * error: cannot find symbol @ @SecurityRequirement(value = "HTTPBasic", scope = "read")
 * error: incompatible types @ @Path(Integer.class)
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic(schemeName = 42)
@Path(Integer.class)
public interface WrongAttributeTypes {
  @GET
  @SecurityRequirement(value = "HTTPBasic", scope = "read")
  String get();
}
