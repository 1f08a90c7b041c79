package test;

import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Parameters of every simple kind, path joining and media types. */
@HttpBearer
@Path("/items/")
@Produces({"application/json", "text/plain"})
@SecurityRequirement("HTTPBearer")
public interface ItemsApi {
  @GET
  @Path("/{id: [0-9a-f-]{36}}/")
  String get(
      @PathParam("id") UUID id,
      @QueryParam("limit") @DefaultValue("10") int limit,
      @QueryParam("offset") Long offset,
      @QueryParam("ratio") double ratio,
      @QueryParam("exact") boolean exact,
      @QueryParam("color") @DefaultValue("RED") Color color,
      @QueryParam("tags") List<String> tags,
      @QueryParam("ids") Set<Integer> ids,
      @QueryParam("since") Instant since,
      @QueryParam("day") Optional<LocalDate> day,
      @HeaderParam("X-Request-Id") String requestId,
      @CookieParam("theme") String theme,
      @Context UriInfo uriInfo);

  @PUT
  @Path("{id}/parts/{part}")
  @Consumes("application/json")
  @Produces("application/json")
  void put(@PathParam("id") UUID id, @PathParam("part") short part, String body);

  @PATCH
  @Path("{id}/{rest}")
  void patch(@PathParam("id") String id, byte[] body);
}
