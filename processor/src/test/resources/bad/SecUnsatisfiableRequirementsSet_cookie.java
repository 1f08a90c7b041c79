package test;

import dev.gatehouse.annotations.ApiKeyCookie;
import dev.gatehouse.annotations.ApiKeyQuery;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Two cookies of one name cannot be sent; a query key of that name beside it is fine. */
@ApiKeyCookie(name = "sid", schemeName = "Session")
@ApiKeyCookie(name = "sid", schemeName = "AdminSession")
@ApiKeyQuery(name = "sid", schemeName = "QuerySid")
@Path("/cookies")
public interface SecUnsatisfiableRequirementsSet_cookie {
  @GET
  @SecurityRequirementsSet({
    @SecurityRequirement("Session"),
    @SecurityRequirement("QuerySid"),
    @SecurityRequirement("AdminSession")
  })
  String list();
}
