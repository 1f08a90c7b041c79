/*
 * case: the endpoint extends an interface that does not exist (its operations are unknown)
 * expect: failure
 * error: cannot find symbol @ extends MissingBase
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/u")
public interface UnresolvedSuperinterface extends MissingBase {
  @GET
  String get();
}
