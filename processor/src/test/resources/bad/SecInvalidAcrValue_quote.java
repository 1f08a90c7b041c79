package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An acr value with a quote, on the interface. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
@StepUp(acrValues = "say\"gold")
public interface SecInvalidAcrValue_quote {
  @GET
  String get();

  @GET
  @Path("b")
  String other();
}
