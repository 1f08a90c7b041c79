package app;

import dev.gatehouse.annotations.HttpBasic;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * Extends lib.BaseApi from a class file whose return type lib.Dto is missing from the class path
 * (see ClasspathTest): javac itself compiles this, but it has no Dto to describe.
 */
@HttpBasic
@Path("/app")
@SecurityRequirement("HTTPBasic")
public interface SecUnresolvedType extends lib.BaseApi {
  @GET
  String own();
}
