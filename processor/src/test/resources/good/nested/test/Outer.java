package test;

import dev.gatehouse.annotations.ApiKeyHeader;
import dev.gatehouse.annotations.SecurityRequirement;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** Endpoint interfaces nested in a class, with overloads and array and nested-type parameters. */
public final class Outer {
  private Outer() {}

  /** A nested type used as a parameter. */
  public enum Mode {
    FAST,
    SAFE
  }

  /** A nested endpoint interface. */
  @ApiKeyHeader(name = "X-Key", schemeName = "api.key-v2")
  @Path("/nested")
  @SecurityRequirement("api.key-v2")
  public interface Api {
    @GET
    String find(@QueryParam("mode") Mode mode);

    @GET
    @Path("by-ids")
    String find(@QueryParam("id") long[] ids);

    @POST
    void save(byte[] body);
  }
}
