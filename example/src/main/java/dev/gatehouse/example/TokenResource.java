package dev.gatehouse.example;

import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenRequestForm;
import dev.gatehouse.runtime.token.TokenResponse;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

/**
 * Hands the form, which {@code TokenRequestFormReader} parsed (or refused before this method ran),
 * to Gatehouse's password-grant helper and writes its answer as it is.
 */
public class TokenResource implements TokenApi {
  /** The application property that holds the {@link PasswordTokenEndpoint}. */
  static final String ENDPOINT = "dev.gatehouse.example.tokenEndpoint";

  @Context Configuration configuration;

  @Override
  public Response login(TokenRequestForm form) {
    PasswordTokenEndpoint endpoint = (PasswordTokenEndpoint) configuration.getProperty(ENDPOINT);
    TokenResponse answer = endpoint.handle(form);
    Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.bodyBytes());
    answer.headers().forEach(response::header);
    return response.build();
  }
}
