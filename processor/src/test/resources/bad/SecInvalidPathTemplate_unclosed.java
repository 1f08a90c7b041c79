package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A variable whose brace is never closed. */
@Path("/items")
public interface SecInvalidPathTemplate_unclosed {
  @GET
  @Path("{id")
  String item();
}
