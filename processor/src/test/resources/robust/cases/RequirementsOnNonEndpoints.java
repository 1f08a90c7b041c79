/*
 * case: requirement annotations on types and methods that are no endpoint or operation: an
 * enum, a record and its component (javac moves that one to the accessor, which has no source of
 * its own), an annotation type, a JAX-RS resource class, a @Path interface's non-HTTP method
 * expect: failure
 * error: [SecNotAnEndpoint] @SecurityRequirement on r.ReqEnum @ @SecurityRequirement("HTTPBasic") enum ReqEnum
 * error: [SecNotAnEndpoint] @SecurityRequirement on r.ReqRecord @ @SecurityRequirement("HTTPBasic") record ReqRecord(
 * error: [SecNotAnEndpoint] @SecurityRequirement on r.ReqRecord.name() @ @SecurityRequirement("HTTPBearer") String name
 * error: [SecNotAnEndpoint] @Public on r.ReqAnnotation @ @Public @interface ReqAnnotation
 * error: [SecNotAnEndpoint] @SecurityRequirementsSet on r.ResourceClass.get() @ @SecurityRequirementsSet({@SecurityRequirement("HTTPBasic")})
 * error: [SecNotAnEndpoint] @OptionalSecurity on r.RequirementsOnNonEndpoints.helper() @ @OptionalSecurity
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.HttpBearer;
import dev.gatehouse.annotations.OptionalSecurity;
import dev.gatehouse.annotations.Public;
import dev.gatehouse.annotations.SecurityRequirement;
import dev.gatehouse.annotations.SecurityRequirementsSet;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@SecurityRequirement("HTTPBasic") enum ReqEnum {
  A
}

@SecurityRequirement("HTTPBasic") record ReqRecord(
    @SecurityRequirement("HTTPBearer") String name) {}

@Public @interface ReqAnnotation {}

@Path("/klass")
class ResourceClass {
  @GET
  @SecurityRequirementsSet({@SecurityRequirement("HTTPBasic")})
  public String get() {
    return "";
  }
}

@HttpBasic
@HttpBearer
@Path("/w")
public interface RequirementsOnNonEndpoints {
  @GET
  String get();

  @OptionalSecurity
  default String helper() {
    return "";
  }
}
