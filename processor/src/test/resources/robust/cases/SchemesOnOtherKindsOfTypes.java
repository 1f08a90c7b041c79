/*
 * case: scheme annotations on an enum, a record, an annotation type and a class are declarations
 * like any other; an endpoint uses them all
 * expect: success
 * scheme: APIKeyHeader
 * scheme: HTTPBasic
 * scheme: HTTPBearer
 * scheme: HTTPDigest
 * operation: GET /w
 * json: /paths/~1w/get/security = [{"HTTPBasic": []}, {"HTTPBearer": []}, {"APIKeyHeader": []}, {"HTTPDigest": []}]
 */
package r;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.HttpDigest;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
enum SchemeEnum {
  A
}

@HttpBearer
record SchemeRecord(String a) {}

@ApiKeyHeader(name = "X-Key")
@interface SchemeAnnotation {}

@HttpDigest
final class SchemeClass {}

@Path("/w")
public interface SchemesOnOtherKindsOfTypes {
  @GET
  @SecurityRequirement("HTTPBasic")
  @SecurityRequirement("HTTPBearer")
  @SecurityRequirement("APIKeyHeader")
  @SecurityRequirement("HTTPDigest")
  String get();
}
