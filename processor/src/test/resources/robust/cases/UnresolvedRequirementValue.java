/*
 * case: a requirement names its scheme by a constant that does not exist
 * expect: failure
 * error: cannot find symbol @ @SecurityRequirement(Names.BASIC)
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/u")
public interface UnresolvedRequirementValue {
  @GET
  @SecurityRequirement(Names.BASIC)
  String get();
}
