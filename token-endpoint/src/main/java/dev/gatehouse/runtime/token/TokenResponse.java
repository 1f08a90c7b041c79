package dev.gatehouse.runtime.token;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the token endpoint answers, for any framework adapter to write as it is: a status, header
 * fields (one line each, in order) and a UTF-8 JSON body.
 *
 * <p>Every response carries {@code Content-Type: application/json;charset=UTF-8} and {@code
 * Cache-Control: no-store}; a success also {@code Pragma: no-cache} (RFC 6749 section 5.1), an
 * {@code invalid_client} refusal a Basic challenge, a 405 {@code Allow: POST}.
 */
public final class TokenResponse {

  /** The media type of every body. */
  public static final String CONTENT_TYPE = "application/json;charset=UTF-8";

  private final int status;
  private final Map<String, String> headers;
  private final String body;

  private TokenResponse(int status, Map<String, String> headers, String body) {
    this.status = status;
    this.headers = Collections.unmodifiableMap(headers);
    this.body = body;
  }

  /** 200 with {@code access_token}, {@code token_type}, {@code expires_in} and {@code scope}. */
  static TokenResponse success(IssuedToken token) {
    StringBuilder json =
        new StringBuilder("{\"access_token\":")
            .append(Text.json(token.value()))
            .append(",\"token_type\":\"Bearer\",\"expires_in\":")
            .append(token.expiresIn().getSeconds());
    if (!token.scopes().isEmpty()) {
      // RFC 6749 section 5.1: a parameter without a value is omitted, not sent empty.
      json.append(",\"scope\":").append(Text.json(String.join(" ", token.scopes())));
    }
    Map<String, String> headers = baseHeaders();
    headers.put("Pragma", "no-cache");
    return new TokenResponse(200, headers, json.append('}').toString());
  }

  /** The refusal for {@code error}; {@code challenge} is the realm's Basic challenge. */
  static TokenResponse error(TokenError error, String challenge) {
    return error(error, error.description(), challenge);
  }

  /** The refusal {@code refused} describes, with its own {@code error_description}. */
  static TokenResponse error(TokenRequestException refused, String challenge) {
    return error(refused.error(), refused.description(), challenge);
  }

  private static TokenResponse error(TokenError error, String description, String challenge) {
    Map<String, String> headers = baseHeaders();
    if (error == TokenError.INVALID_CLIENT) {
      headers.put("WWW-Authenticate", Objects.requireNonNull(challenge, "challenge"));
    } else if (error == TokenError.METHOD_NOT_ALLOWED) {
      headers.put("Allow", "POST");
    }
    String json =
        "{\"error\":"
            + Text.json(error.code())
            + ",\"error_description\":"
            + Text.json(description)
            + "}";
    return new TokenResponse(error.status(), headers, json);
  }

  private static Map<String, String> baseHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", CONTENT_TYPE);
    headers.put("Cache-Control", "no-store");
    return headers;
  }

  /** The HTTP status: 200, 400, 401, 405 or 503. */
  public int status() {
    return status;
  }

  /** Header field names and values, one line each, in a fixed order. */
  public Map<String, String> headers() {
    return headers;
  }

  /** The JSON body; on success it contains the access token, so never log it. */
  public String body() {
    return body;
  }

  /** {@link #body()} in UTF-8. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }

  /** Shows a refusal's body, but never a success's, which holds the token. */
  @Override
  public String toString() {
    return "TokenResponse[status="
        + status
        + ", headers="
        + headers
        + ", body="
        + (status == 200 ? "<token response>" : body)
        + "]";
  }
}
