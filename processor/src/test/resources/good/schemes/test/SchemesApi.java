package test;

import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One operation per scheme. */
@Path("/schemes")
public interface SchemesApi {
  @GET @Path("header") @SecurityRequirement("APIKeyHeader") String header();
  @GET @Path("cookie") @SecurityRequirement("APIKeyCookie") String cookie();
  @GET @Path("query") @SecurityRequirement("QueryKey") String query();
  @GET @Path("basic") @SecurityRequirement("HTTPBasic") String basic();
  @GET @Path("bearer") @SecurityRequirement("HTTPBearer") String bearer();
  @GET @Path("package-bearer") @SecurityRequirement("PackageBearer") String packageBearer();
  @GET @Path("digest") @SecurityRequirement("HTTPDigest") String digest();
  @GET @Path("hoba") @SecurityRequirement("HTTPBase") String hoba();
  @GET @Path("code") @SecurityRequirement(value = "OAuth2AuthorizationCodeBearer", scopes = "read") String code();
  @GET @Path("everything") @SecurityRequirement(value = "Everything", scopes = {"a", "c", "a"}) String everything();
  @GET @Path("oidc") @SecurityRequirement(value = "OpenIdConnect", scopes = {"openid", "profile"}) String oidc();
}
