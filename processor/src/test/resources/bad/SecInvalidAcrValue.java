package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.StepUp;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An acr value with a space: acr_values is space-separated. */
@Path("/a")
@HttpBearer
@SecurityRequirement("HTTPBearer")
public interface SecInvalidAcrValue {
  @GET
  @StepUp(acrValues = {"gold", "two words"})
  String get();
}
