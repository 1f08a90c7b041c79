/*
 * case: types in the sources already have the names of the glue and of a scheme's extractor
 * expect: failure
 * error: [SecGeneratedNameTaken] Gatehouse generates class r.NameClashWithGeneratedClasses_Security for endpoint @ public interface NameClashWithGeneratedClasses
 * error: [SecGeneratedNameTaken] Gatehouse generates class r.NameClashWithGeneratedClasses_HTTPBasic_CredentialExtractor for scheme "HTTPBasic" @ @HttpBasic
 */
package r;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@HttpBasic
@Path("/a")
@SecurityRequirement("HTTPBasic")
public interface NameClashWithGeneratedClasses {
  @GET
  String get();
}

class NameClashWithGeneratedClasses_Security {}

class NameClashWithGeneratedClasses_HTTPBasic_CredentialExtractor {}
