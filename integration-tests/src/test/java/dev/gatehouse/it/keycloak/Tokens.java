package dev.gatehouse.it.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Tokens from the realm's token endpoint, and a look inside them. */
final class Tokens {
  /** Public client with direct access grants (password grant); access tokens live 5 min. */
  static final String CLI = "gatehouse-cli";

  /** Like {@link #CLI}, but its access tokens live 5 seconds. */
  static final String SHORT_LIVED = "gatehouse-short";

  /** Confidential client with a service account granted {@code items.read}. */
  static final String SERVICE = "gatehouse-service";

  static final String SERVICE_SECRET = "gatehouse-service-secret";

  /** Confidential client whose tokens are for {@code other-api}, not {@code gatehouse-api}. */
  static final String OTHER_SERVICE = "other-service";

  static final String OTHER_SERVICE_SECRET = "other-service-secret";

  /** Confidential client of the resource server, for token introspection only. */
  static final String INTROSPECTOR = "gatehouse-introspector";

  static final String INTROSPECTOR_SECRET = "gatehouse-introspector-secret";

  /** The second realm, another tenant: its own issuer and keys, tokens for the same API. */
  static final String TENANT_ISSUER =
      "http://127.0.0.1:" + KeycloakSchemes.PORT + "/realms/gatehouse-tenant";

  static final String TENANT_TOKEN_URL = TENANT_ISSUER + "/protocol/openid-connect/token";

  /** The tenant realm's confidential client with a service account granted {@code items.read}. */
  static final String TENANT_SERVICE = "tenant-service";

  static final String TENANT_SERVICE_SECRET = "tenant-service-secret";

  /** May be granted {@code items.read} and {@code items.write}. */
  static final String ALICE = "alice";

  static final String ALICE_PASSWORD = "alice-password";

  /** Has no role that permits a scope: requested scopes are left out of her tokens. */
  static final String BOB = "bob";

  static final String BOB_PASSWORD = "bob-password";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Tokens() {}

  /** A token endpoint answer. */
  record TokenResponse(String accessToken, String idToken, JsonNode json) {}

  /** Resource-owner password grant for a public client. */
  static TokenResponse password(String client, String user, String password, String scope) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "password");
    form.put("client_id", client);
    form.put("username", user);
    form.put("password", password);
    if (!scope.isEmpty()) {
      form.put("scope", scope);
    }
    return request(form, null);
  }

  /** Client-credentials grant with {@code client_secret_basic}. */
  static TokenResponse clientCredentials(String client, String secret, String scope) {
    return clientCredentials(KeycloakSchemes.TOKEN_URL, client, secret, scope);
  }

  /** Client-credentials grant with {@code client_secret_basic} at {@code tokenUrl}. */
  static TokenResponse clientCredentials(
      String tokenUrl, String client, String secret, String scope) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    if (!scope.isEmpty()) {
      form.put("scope", scope);
    }
    return send(tokenUrl, form, basic(client, secret));
  }

  /** Revokes an access token of the public client {@code client} (RFC 7009). */
  static void revoke(String client, String accessToken) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("token", accessToken);
    form.put("token_type_hint", "access_token");
    form.put("client_id", client);
    HttpResponse<String> response =
        post(KeycloakSchemes.ISSUER + "/protocol/openid-connect/revoke", form, null);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak's revocation endpoint answered "
              + response.statusCode()
              + ": "
              + response.body());
    }
  }

  private static String basic(String client, String secret) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString(
                (encode(client) + ":" + encode(secret)).getBytes(StandardCharsets.UTF_8));
  }

  /** The decoded JOSE header of a compact JWS. */
  static JsonNode header(String jwt) {
    return segment(jwt, 0);
  }

  /** The decoded claims of a compact JWS. */
  static JsonNode claims(String jwt) {
    return segment(jwt, 1);
  }

  private static JsonNode segment(String jwt, int index) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TokenResponse request(Map<String, String> form, String authorization) {
    return send(KeycloakSchemes.TOKEN_URL, form, authorization);
  }

  private static TokenResponse send(
      String tokenUrl, Map<String, String> form, String authorization) {
    HttpResponse<String> response = post(tokenUrl, form, authorization);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Keycloak's token endpoint answered " + response.statusCode() + ": " + response.body());
    }
    try {
      JsonNode json = JSON.readTree(response.body());
      return new TokenResponse(
          json.path("access_token").asText(null), json.path("id_token").asText(null), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<String> post(
      String url, Map<String, String> form, String authorization) {
    StringJoiner body = new StringJoiner("&");
    form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
