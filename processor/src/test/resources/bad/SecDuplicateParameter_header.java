package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;

/** Header names are case-insensitive, so these are one header. */
@Path("/search")
public interface SecDuplicateParameter_header {
  @GET
  String search(
      @HeaderParam("X-Request-Id") String first,
      @HeaderParam("x-request-id") String second);
}
