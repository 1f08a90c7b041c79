package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** GET /items/{x} and GET /items/{y} are one route; POST on the same path is another. */
@Path("/items")
public interface SecDuplicateRoute_sameInterface {
  @GET
  @Path("{x}")
  String byX(@PathParam("x") String x);

  @POST
  @Path("{x}")
  void update(@PathParam("x") String x, String body);

  @GET
  @Path("{y}")
  String byY(@PathParam("y") String y);
}
