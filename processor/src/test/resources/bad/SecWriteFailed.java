package test;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A valid endpoint; the test makes another processor claim openapi.json first. */
@Path("/items")
public interface SecWriteFailed {
  @GET
  String list();
}
