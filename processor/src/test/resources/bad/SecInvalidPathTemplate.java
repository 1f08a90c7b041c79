package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** One variable name twice in one path. */
@Path("/items")
public interface SecInvalidPathTemplate {
  @GET
  @Path("{id}/parts/{id}")
  String part(@PathParam("id") String id);
}
