package dev.gatehouse.benchmarks;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The example service's {@code /items} shape: one operation per scheme under test. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public interface BenchApi {
  /** Behind the API key, like the example's {@code GET /items}. */
  @GET
  @Path("items")
  @SecurityRequirement("APIKeyHeader")
  String items();

  /** Behind an RS256 JWT with scope {@code items}, like the example's bearer operations. */
  @GET
  @Path("token-items")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "items")
  String tokenItems();

  /** Behind an HS256 JWT (the cheapest signature, so framework cost shows most). */
  @GET
  @Path("hs-items")
  @SecurityRequirement("HTTPBearer")
  String hsItems();
}
