package dev.gatehouse.example;

import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenResponse;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Hands the raw form to Gatehouse's password-grant helper and writes its answer as it is. */
// Jersey recognises a resource registered as an instance only by a @Path on its own class.
@Path("/token")
public class TokenResource implements TokenApi {
  private final PasswordTokenEndpoint endpoint;

  public TokenResource(PasswordTokenEndpoint endpoint) {
    this.endpoint = endpoint;
  }

  @Override
  public Response login(HttpHeaders headers, byte[] body) {
    List<String> contentType = headers.getRequestHeader(HttpHeaders.CONTENT_TYPE);
    List<String> authorization = headers.getRequestHeader(HttpHeaders.AUTHORIZATION);
    TokenResponse answer =
        endpoint.handle(
            contentType == null || contentType.size() != 1 ? null : contentType.get(0),
            body,
            authorization == null ? List.of() : authorization);
    Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.bodyBytes());
    answer.headers().forEach(response::header);
    return response.build();
  }
}
