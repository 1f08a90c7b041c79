package seed;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OAuth2;
import dev.gatehouse.annotations.OAuthFlow;
import dev.gatehouse.annotations.OAuthFlows;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Optional;

/** The seed of the mutation test: every kind of declaration Gatehouse reads, in one file. */
@HttpBasic(realm = "seed")
@HttpBearer(bearerFormat = "JWT")
@ApiKeyHeader(name = "X-API-Key")
@OAuth2(
    schemeName = "oauth",
    flows =
        @OAuthFlows(
            authorizationCode =
                @OAuthFlow(
                    authorizationUrl = "https://example.com/authorize",
                    tokenUrl = "https://example.com/token",
                    scopes = {@Scope(name = "read", description = "Read"), @Scope(name = "write")})))
@Path("/seed/{tenant}")
@SecurityRequirement("HTTPBearer")
public interface MutationSeed extends Crud<Item, Long> {
  /** Lists items. */
  @GET
  @SecurityRequirement(value = "oauth", scopes = "read")
  List<Item> list(
      @PathParam("tenant") String tenant,
      @QueryParam("limit") int limit,
      @HeaderParam("X-Trace") Optional<String> trace);

  @POST
  @Path("items")
  @SecurityRequirementsSet({@SecurityRequirement("APIKeyHeader"), @SecurityRequirement("HTTPBasic")})
  Item create(@PathParam("tenant") String tenant, Item item);

  @DELETE
  @Path("items/{id}")
  @OptionalSecurity
  void delete(@PathParam("tenant") String tenant, @PathParam("id") long id);

  @GET
  @Path("health")
  @Public
  String health();
}

interface Crud<T, ID> {
  @GET
  @Path("items/{id}")
  T get(@PathParam("id") ID id);

  @PUT
  @Path("items/{id}")
  @SecurityRequirement(value = "oauth", scopes = {"read", "write"})
  T put(@PathParam("id") ID id, T value);
}

/** An item. */
record Item(String name, int count, Status status, List<Item> children) {}

enum Status {
  NEW,
  DONE
}
