package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.OpenIdConnect;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import dev.gatehouse.annotations.StepUp;
import dev.gatehouse.annotations.TokenBinding;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Payments, where moving money needs a recent strong login. */
@Path("/payments")
@OpenIdConnect(
    schemeName = "Bank",
    openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration")
@OpenIdConnect(
    schemeName = "BankDpop",
    openIdConnectUrl = "https://id.example.com/.well-known/openid-configuration",
    tokenBinding = TokenBinding.DPOP)
@ApiKeyHeader(name = "X-Device-Key", schemeName = "Device")
@SecurityRequirement(value = "Bank", scopes = "payments")
@StepUp(maxAge = 3600)
public interface PaymentsApi {
  /** Lists the payments. */
  @GET
  String list();

  /**
   * Sends money.
   *
   * <p>The amount leaves the account at once.
   */
  @POST
  @StepUp(acrValues = {"urn:example:mfa", "gold"}, maxAge = 300)
  String send();

  @POST
  @Path("/limits")
  @StepUp(acrValues = "gold")
  @SecurityRequirement("BankDpop")
  @SecurityRequirementsSet({@SecurityRequirement("Bank"), @SecurityRequirement("Device")})
  String limits();

  @GET
  @Path("/health")
  @Public
  String health();
}
