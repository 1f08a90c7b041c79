package test;

import dev.gatehouse.annotations.ApiKeyCookie;
import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.ApiKeyQuery;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.HttpScheme;
import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The scheme objects FastAPI's own tests pin (fastapi-behaviour.md 8.4), with default names. */
@ApiKeyCookie(name = "key")
@ApiKeyHeader(name = "key")
@ApiKeyQuery(name = "key")
@HttpScheme(scheme = "Other")
@HttpBasic
@HttpBearer
@HttpDigest
@OAuth2PasswordBearer(tokenUrl = "token")
@OAuth2AuthorizationCodeBearer(authorizationUrl = "authorize", tokenUrl = "token")
@OpenIdConnect(openIdConnectUrl = "/openid")
@SuppressWarnings({"SecApiKeyInQuery", "SecDeprecatedFlow"})
@Path("/")
public interface FastApiSchemes {
  @GET @Path("cookie") @SecurityRequirement("APIKeyCookie") String cookie();
  @GET @Path("header") @SecurityRequirement("APIKeyHeader") String header();
  @GET @Path("query") @SecurityRequirement("APIKeyQuery") String query();
  @GET @Path("base") @SecurityRequirement("HTTPBase") String base();
  @GET @Path("basic") @SecurityRequirement("HTTPBasic") String basic();
  @GET @Path("bearer") @SecurityRequirement("HTTPBearer") String bearer();
  @GET @Path("digest") @SecurityRequirement("HTTPDigest") String digest();
  @GET @Path("password") @SecurityRequirement("OAuth2PasswordBearer") String password();
  @GET @Path("code") @SecurityRequirement("OAuth2AuthorizationCodeBearer") String code();
  @GET @Path("oidc") @SecurityRequirement("OpenIdConnect") String oidc();
}
