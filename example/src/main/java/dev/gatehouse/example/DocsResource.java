package dev.gatehouse.example;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the generated {@code openapi.json} byte for byte and Swagger UI from its webjar (no CDN),
 * pointed at it. Not an endpoint interface: Gatehouse leaves it public.
 */
@Path("/")
public class DocsResource {
  static final String SWAGGER_UI =
      "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";
  private static final Map<String, String> TYPES =
      Map.of(
          "js", "text/javascript; charset=UTF-8",
          "css", "text/css; charset=UTF-8",
          "html", "text/html; charset=UTF-8",
          "png", "image/png",
          "map", "application/json");

  private static final String PAGE =
      "<!DOCTYPE html>\n"
          + "<html lang=\"en\">\n"
          + "<head>\n"
          + "  <meta charset=\"UTF-8\">\n"
          + "  <title>Gatehouse example - Swagger UI</title>\n"
          + "  <link rel=\"stylesheet\" href=\"/docs/swagger-ui.css\">\n"
          + "</head>\n"
          + "<body>\n"
          + "  <div id=\"swagger-ui\"></div>\n"
          + "  <script src=\"/docs/swagger-ui-bundle.js\"></script>\n"
          + "  <script>\n"
          + "    window.ui = SwaggerUIBundle({url: \"/openapi.json\", dom_id: \"#swagger-ui\","
          + " persistAuthorization: false});\n"
          + "  </script>\n"
          + "</body>\n"
          + "</html>\n";

  /** The document the processor generated, exactly as it is on the class path. */
  @GET
  @Path("openapi.json")
  public Response openApi() {
    return Response.ok(bytes("META-INF/openapi.json"), "application/json").build();
  }

  /** Swagger UI. */
  @GET
  @Path("docs")
  public Response docs() {
    return Response.ok(PAGE.getBytes(StandardCharsets.UTF_8), TYPES.get("html")).build();
  }

  /** Swagger UI's files, from the webjar. */
  @GET
  @Path("docs/{file: [A-Za-z0-9._-]+}")
  public Response asset(@PathParam("file") String file) {
    String extension = file.substring(file.lastIndexOf('.') + 1);
    if (!TYPES.containsKey(extension) || file.contains("..")) {
      throw new NotFoundException();
    }
    return Response.ok(bytes(SWAGGER_UI + file), TYPES.get(extension)).build();
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = DocsResource.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotFoundException();
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String swaggerUiVersion() {
    try (InputStream in =
        DocsResource.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("the swagger-ui webjar is not on the class path", e);
    }
  }
}
