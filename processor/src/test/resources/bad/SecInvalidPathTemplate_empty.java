package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A variable without a name. */
@Path("/items")
public interface SecInvalidPathTemplate_empty {
  @GET
  @Path("{}")
  String item();
}
