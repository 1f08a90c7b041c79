package test;

import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;

/** The javax.ws.rs namespace is read as well. */
@Path("legacy")
public interface LegacyApi {
  @GET
  @Path("ping")
  String ping(@HeaderParam("X-Trace") String trace);
}
