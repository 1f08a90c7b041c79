package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An endpoint with no requirement anywhere: no security key, public. */
@Path("open")
public interface OpenApi {
  @GET
  String hello();
}
