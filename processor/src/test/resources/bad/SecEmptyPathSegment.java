package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Jersey serves "/e/a//b" only; the document would say "/e/a/b". Outer slashes are fine. */
@Path("/e/")
public interface SecEmptyPathSegment {
  @GET
  @Path("a//b")
  String ab();

  @GET
  @Path("/fine/")
  String fine();
}
