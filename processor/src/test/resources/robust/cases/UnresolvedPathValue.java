/*
 * case: the @Path values are constants that do not exist
 * expect: failure
 * error: cannot find symbol @ @Path(Paths.ROOT)
 * error: cannot find symbol @ @Path(Paths.ITEM)
 */
package r;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path(Paths.ROOT)
public interface UnresolvedPathValue {
  @GET
  @Path(Paths.ITEM)
  String get();
}

final class Paths {
  static final String OTHER = "/other";
}
