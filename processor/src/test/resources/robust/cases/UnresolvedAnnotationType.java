/*
 * case: the requirement annotation is not imported, and an HTTP method annotation is misspelt
 * expect: failure
 * error: cannot find symbol @ @SecurityRequirement("HTTPBasic")
 * error: cannot find symbol @ @GETT
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/u")
public interface UnresolvedAnnotationType {
  @GET
  @SecurityRequirement("HTTPBasic")
  String get();

  @GETT
  @Path("other")
  String other();
}
