package test;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** JAX-RS cannot convert "ten" to an int: every request without "limit" would fail. */
@Path("/items")
public interface SecDefaultNotOfType {
  @GET
  String list(@QueryParam("limit") @DefaultValue("ten") int limit);
}
