/*
 * case: the request body's type does not exist
 * expect: failure
 * error: cannot find symbol @ void create(Missing body);
 */
package r;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

@Path("/u")
public interface UnresolvedBodyType {
  @POST
  void create(Missing body);
}
