package test;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** A method with two HTTP methods. */
@Path("/items")
public interface SecConflictingHttpMethods {
  @PUT
  @POST
  void save(String item);
}
