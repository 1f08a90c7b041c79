/*
 * case: a valid endpoint, and an unrelated class whose field type does not exist
 * expect: failure
 * error: cannot find symbol @ private Missing cache;
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/u")
public interface UnresolvedInUnrelatedClass {
  @GET
  String get();
}

class Unrelated {
  private Missing cache;
}
