/*
 * case: scheme annotations on a method, a field, a parameter and an enum constant
 * expect: failure
 * error: not applicable to this kind of declaration @ @HttpBasic String get(
 * error: not applicable to this kind of declaration @ @HttpBearer String FIELD
 * error: not applicable to this kind of declaration @ @ApiKeyHeader(name = "X-Key") String q
 * error: not applicable to this kind of declaration @ @HttpDigest A
 */
package r;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

@Path("/w")
public interface SchemesOnMembers {
  @HttpBearer String FIELD = "f";

  @GET
  @HttpBasic String get(
      @ApiKeyHeader(name = "X-Key") String q);
}

enum Constants {
  @HttpDigest A
}
