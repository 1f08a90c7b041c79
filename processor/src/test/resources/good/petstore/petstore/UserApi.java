package petstore;

import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.runtime.token.TokenRequestForm;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;

/** Customers and their logins. */
@Path("/user")
@Produces("application/json")
@SecurityRequirement(value = "petstore_auth", scopes = "read:pets")
public interface UserApi {
  /**
   * Creates a customer.
   *
   * @param customer the new customer
   * @return the stored customer
   */
  @POST
  Customer create(Customer customer);

  @GET
  @Path("{username}")
  Customer get(
      @PathParam("username") @javax.validation.constraints.Size(min = 3, max = 32) String username);

  /**
   * Logs a customer in with the OAuth2 password grant.
   *
   * @param form the token request
   * @return a bearer token
   */
  @POST
  @Path("token")
  @Public
  @Consumes("application/x-www-form-urlencoded")
  TokenResponse token(TokenRequestForm form);
}
