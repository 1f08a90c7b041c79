/*
 * case: a syntax error inside the endpoint interface itself
 * expect: failure
 * error: illegal start of type @ String get(;
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api")
public interface SyntaxErrorInEndpoint {
  @GET
  String get(;

  @GET
  @Path("other")
  String other();
}
