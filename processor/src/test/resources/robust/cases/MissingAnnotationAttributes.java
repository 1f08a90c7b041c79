/*
 * case: required annotation attributes are missing and one is given twice
 * expect: failure
 * error: missing a default value for the element 'name' @ @ApiKeyHeader
 * error: missing a default value for the element 'scheme' @ @HttpScheme(schemeName = "Custom")
 * error: missing a default value for the element 'value' @ @QueryParam String q
 * error: duplicate element 'value' @ @Path(value = "x", value = "y")
 */
package r;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpScheme;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@ApiKeyHeader
@HttpScheme(schemeName = "Custom")
@Path("/u")
public interface MissingAnnotationAttributes {
  @GET
  @Path(value = "x", value = "y")
  String get(@QueryParam String q);
}
