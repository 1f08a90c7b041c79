/*
 * case: a type variable's bound and a thrown type do not exist
 * expect: failure
 * error: cannot find symbol @ <T extends Missing> T echo(T value);
 * error: cannot find symbol @ throws MissingException;
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/u")
public interface UnresolvedTypeBoundAndThrows {
  @POST
  <T extends Missing> T echo(T value);

  @GET
  String get() throws MissingException;
}
