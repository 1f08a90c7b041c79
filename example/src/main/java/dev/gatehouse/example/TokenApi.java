package dev.gatehouse.example;

import dev.gatehouse.annotations.Public;
import dev.gatehouse.runtime.token.TokenRequestForm;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The OAuth2 password-grant token endpoint, as in FastAPI's tutorial. */
@Path("/token")
public interface TokenApi {
  /**
   * Exchanges {@code username}, {@code password} and optional {@code scope} (form fields) for a
   * signed JWT access token.
   *
   * @param form the token request, parsed strictly by Gatehouse's TokenRequestFormReader
   */
  @POST
  @Public
  // "*/*" too, so that other media types reach the form reader, which refuses them with RFC
  // 6749's 400 invalid_request instead of JAX-RS's bare 415.
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
  @Produces(MediaType.APPLICATION_JSON)
  Response login(TokenRequestForm form);
}
