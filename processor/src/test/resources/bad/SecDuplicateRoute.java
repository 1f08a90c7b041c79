package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Two interfaces declaring GET /items. */
@Path("/items")
public interface SecDuplicateRoute {
  @GET
  String list();
}

@Path("items/")
interface SecDuplicateRoute_Other {
  @GET
  String all();
}
