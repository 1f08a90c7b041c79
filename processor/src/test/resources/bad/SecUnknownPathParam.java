package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A path parameter naming no variable of the template. */
@Path("/items")
public interface SecUnknownPathParam {
  @GET
  @Path("{id}")
  String get(
      @PathParam("itemId") String id);
}
