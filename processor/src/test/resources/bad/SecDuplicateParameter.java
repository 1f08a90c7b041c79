package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Two query parameters with one name. */
@Path("/search")
public interface SecDuplicateParameter {
  @GET
  String search(
      @QueryParam("q") String first,
      @QueryParam("q") String second);
}
