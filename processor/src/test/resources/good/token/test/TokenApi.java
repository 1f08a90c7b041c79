package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.token.TokenRequestForm;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;

/** Token endpoints whose return types document nothing, one typed, and neighbours. */
@ApiKeyHeader(name = "X-API-Key")
@Path("/token")
public interface TokenApi {
  /**
   * The password grant.
   *
   * @param form the token request
   * @return the access token
   */
  @POST
  @Public
  @Consumes({"application/x-www-form-urlencoded", "*/*"})
  @Produces("application/json")
  Response login(TokenRequestForm form);

  /** The same, asynchronously, returning Object: still RFC 6749's responses. */
  @POST
  @Path("async")
  @Public
  CompletionStage<Object> loginAsync(TokenRequestForm form);

  /** Behind an API key: Gatehouse's 401 stays, the filter answers first. */
  @POST
  @Path("internal")
  @SecurityRequirement("APIKeyHeader")
  Response loginInternal(TokenRequestForm form);

  /** A typed result is the user's own schema, even though it is named like Gatehouse's. */
  @POST
  @Path("typed")
  @Public
  GatehouseTokenResponse loginTyped(TokenRequestForm form);

  /** A Response without the token form documents no schema, as before. */
  @GET
  @Path("health")
  @Public
  Response health();
}
