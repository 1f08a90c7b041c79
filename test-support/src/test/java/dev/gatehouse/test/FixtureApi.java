package dev.gatehouse.test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.HttpScheme;
import dev.gatehouse.annotations.OAuth2PasswordBearer;
import dev.gatehouse.annotations.Scope;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import dev.gatehouse.annotations.TokenBinding;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** One operation per kind of scheme {@link TestCallers} stands in for, and one it cannot. */
@ApiKeyHeader(name = "X-Key")
@HttpBasic
@HttpBearer
@HttpScheme(scheme = "Signature", schemeName = "HTTPSignature")
@HttpDigest
@HttpBearer(schemeName = "Accounts", tokenBinding = TokenBinding.DPOP)
@OAuth2PasswordBearer(
    tokenUrl = "/token",
    scopes = {@Scope(name = "items"), @Scope(name = "admin")})
@Path("/")
public interface FixtureApi {
  @GET
  @Path("key")
  @SecurityRequirement("APIKeyHeader")
  String key();

  @GET
  @Path("basic")
  @SecurityRequirement("HTTPBasic")
  String basic();

  @GET
  @Path("bearer")
  @SecurityRequirement("HTTPBearer")
  String bearer();

  @GET
  @Path("signature")
  @SecurityRequirement("HTTPSignature")
  String signature();

  @GET
  @Path("digest")
  @SecurityRequirement("HTTPDigest")
  String digest();

  @GET
  @Path("accounts")
  @SecurityRequirement("Accounts")
  String accounts();

  @GET
  @Path("items")
  @SecurityRequirement(value = "OAuth2PasswordBearer", scopes = "items")
  String items();

  @GET
  @Path("both")
  @SecurityRequirementsSet({
    @SecurityRequirement("APIKeyHeader"),
    @SecurityRequirement("HTTPBearer")
  })
  String both();
}
