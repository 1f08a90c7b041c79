/*
 * case: a valid endpoint, and a syntax error in another file (javac stops before processing)
 * expect: failure
 * error: ';' expected @ int broken = 1
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/api")
@SecurityRequirement("HTTPBasic")
public interface Api {
  @GET
  String get();
}
