/*
 * case: a field of the response type does not exist; the endpoint's own signatures resolve
 * expect: failure
 * error: cannot find symbol @ Missing owner;
 * error: cannot find symbol @ public Gone getGone()
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/u")
public interface UnresolvedFieldOfBody {
  @GET
  Pet get();
}

class Pet {
  public String name;
  public Missing owner;

  public Gone getGone() {
    return null;
  }
}
