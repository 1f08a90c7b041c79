package dev.gatehouse.it;

import dev.gatehouse.annotations.ApiKeyCookie;
import dev.gatehouse.annotations.ApiKeyQuery;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.HttpScheme;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** One operation for each remaining scheme kind, so every kind is enforced end to end. */
@ApiKeyQuery(name = "api_key", schemeName = "QueryKey")
@ApiKeyCookie(name = "sid", schemeName = "CookieKey")
@HttpDigest
@HttpScheme(scheme = "HOBA")
@OpenIdConnect(openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration")
@SuppressWarnings("SecApiKeyInQuery")
@Path("/kinds")
@Produces(MediaType.APPLICATION_JSON)
public interface KindsApi {
  /** An API key in the query string. */
  @GET
  @Path("query")
  @SecurityRequirement("QueryKey")
  String query();

  /** An API key in a cookie. */
  @GET
  @Path("cookie")
  @SecurityRequirement("CookieKey")
  String cookie();

  /** HTTP Digest. */
  @GET
  @Path("digest")
  @SecurityRequirement("HTTPDigest")
  String digest();

  /** Any other HTTP scheme, here HOBA. */
  @GET
  @Path("hoba")
  @SecurityRequirement("HTTPBase")
  String hoba();

  /** OpenID Connect access tokens with scopes. */
  @GET
  @Path("oidc")
  @SecurityRequirement(value = "OpenIdConnect", scopes = "profile")
  String oidc();

  /**
   * A bearer token in the header or, since the application enables that transport, in the
   * urlencoded body (RFC 6750 section 2.2); the answer names the body's {@code note}, proving the
   * resource still received the whole body.
   */
  @POST
  @Path("form")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @SecurityRequirement("HTTPBearer")
  String form(String body);
}
