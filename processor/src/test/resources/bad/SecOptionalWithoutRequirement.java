package test;

import dev.gatehouse.annotations.OptionalSecurity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Optional security on an operation that has no requirement at all. */
@Path("/search")
public interface SecOptionalWithoutRequirement {
  @GET
  @OptionalSecurity
  String search();
}
