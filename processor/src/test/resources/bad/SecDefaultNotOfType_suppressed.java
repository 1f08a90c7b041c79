package test;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** The application's own ParamConverter reads "ten", knowingly. */
@Path("/items")
public interface SecDefaultNotOfType_suppressed {
  @GET
  @SuppressWarnings("SecDefaultNotOfType")
  String list(@QueryParam("limit") @DefaultValue("ten") Integer limit);
}
