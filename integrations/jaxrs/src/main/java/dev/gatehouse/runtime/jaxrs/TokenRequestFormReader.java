package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.token.PasswordTokenEndpoint;
import dev.gatehouse.runtime.token.TokenRequestException;
import dev.gatehouse.runtime.token.TokenRequestForm;
import dev.gatehouse.runtime.token.TokenResponse;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * Binds a resource method's {@link TokenRequestForm} parameter, so that the method can declare the
 * form it takes (and the processor document its fields, like FastAPI's {@code
 * OAuth2PasswordRequestForm}) instead of raw bytes:
 *
 * <pre>{@code
 * @POST @Public
 * @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.WILDCARD})
 * Response login(TokenRequestForm form);      // answer with tokenEndpoint.handle(form)
 *
 * resourceConfig.register(new TokenRequestFormReader(tokenEndpoint));
 * }</pre>
 *
 * <p>The form is parsed by the endpoint's own rules ({@link PasswordTokenEndpoint#parse}, with its
 * strictness): the raw {@code Content-Type} and {@code Authorization} lines, and at most {@link
 * TokenRequestForm#MAX_BODY_BYTES} of the body (one byte more is read to tell an oversized body,
 * the rest never). A refused request never reaches the method: the reader answers with the
 * endpoint's RFC 6749 error ({@code 400}, or {@code 401} with a Basic challenge; JSON, {@code
 * Cache-Control: no-store}), exactly as {@link PasswordTokenEndpoint#handle(String, byte[], List)}
 * would. It reads every media type, so that with {@code MediaType.WILDCARD} in {@code @Consumes}
 * another content type is RFC 6749's {@code 400 invalid_request} rather than JAX-RS's bare 415.
 */
public final class TokenRequestFormReader implements MessageBodyReader<TokenRequestForm> {
  private final PasswordTokenEndpoint endpoint;

  public TokenRequestFormReader(PasswordTokenEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public boolean isReadable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == TokenRequestForm.class;
  }

  @Override
  public TokenRequestForm readFrom(
      Class<TokenRequestForm> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, String> httpHeaders,
      InputStream entityStream)
      throws IOException {
    List<String> contentType = httpHeaders.get(HttpHeaders.CONTENT_TYPE);
    List<String> authorization = httpHeaders.get(HttpHeaders.AUTHORIZATION);
    byte[] body =
        entityStream == null
            ? new byte[0]
            : entityStream.readNBytes(TokenRequestForm.MAX_BODY_BYTES + 1);
    try {
      return endpoint.parse(
          contentType == null || contentType.size() != 1 ? null : contentType.get(0),
          body,
          authorization == null ? List.of() : authorization);
    } catch (TokenRequestException e) {
      // No message of ours: JAX-RS implementations log these exceptions, and the answer's body
      // already says what was wrong.
      throw new WebApplicationException(response(endpoint.refusal(e)));
    }
  }

  /** The endpoint's answer as a JAX-RS response: its status, header lines and JSON body. */
  static Response response(TokenResponse answer) {
    Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.bodyBytes());
    answer.headers().forEach(response::header);
    return response.build();
  }

  @Override
  public String toString() {
    return "TokenRequestFormReader[" + endpoint + "]";
  }
}
