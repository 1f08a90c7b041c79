package dev.gatehouse.example;

import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenResponse;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Hands the raw form to Gatehouse's password-grant helper and writes its answer as it is. */
public class TokenResource implements TokenApi {
  /** The application property that holds the {@link PasswordTokenEndpoint}. */
  static final String ENDPOINT = "dev.gatehouse.example.tokenEndpoint";

  @Context Configuration configuration;

  @Override
  public Response login(HttpHeaders headers, byte[] body) {
    List<String> contentType = headers.getRequestHeader(HttpHeaders.CONTENT_TYPE);
    List<String> authorization = headers.getRequestHeader(HttpHeaders.AUTHORIZATION);
    PasswordTokenEndpoint endpoint = (PasswordTokenEndpoint) configuration.getProperty(ENDPOINT);
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
