package dev.gatehouse.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic API of {@code operations} operations (a multiple of ten) as Java sources, in
 * one of three vocabularies that describe the same HTTP API:
 *
 * <ul>
 *   <li>{@link Vocabulary#GATEHOUSE}: JAX-RS endpoint interfaces with Gatehouse's security
 *       annotations, what the Gatehouse processor reads;
 *   <li>{@link Vocabulary#AVAJE}: avaje-http controllers ({@code @Controller}, {@code @Get}, ...)
 *       with swagger-annotations' {@code @SecurityScheme} and {@code @SecurityRequirement}, what
 *       avaje-http's generator turns into {@code openapi.json} at compile time;
 *   <li>{@link Vocabulary#SWAGGER}: the same JAX-RS endpoint interfaces with swagger-annotations'
 *       security annotations instead of Gatehouse's, what swagger-core's runtime {@code Reader}
 *       scans.
 * </ul>
 *
 * <p>Each resource {@code Widget<i>} has ten operations: list (query filter, limit, offset; API
 * key), get (path id; OAuth2 scope read), create (body; OAuth2 write), replace (path id, body;
 * OAuth2 write), delete (Basic), history (path id, query since, limit; API key or bearer), act (two
 * path parameters; bearer), search (query q, limit; open), rename (path id, body; Basic) and tags
 * (path id, query prefix; OAuth2 read and write), with a response record of five components and a
 * request record of three. Four schemes: an API key header, HTTP bearer (JWT), HTTP Basic and
 * OAuth2 authorization code with scopes read and write. Every operation has a one-line Javadoc.
 */
public final class SyntheticApi {

  /** Which annotations describe the API. */
  public enum Vocabulary {
    GATEHOUSE,
    AVAJE,
    SWAGGER
  }

  /** The package of every generated type. */
  public static final String PACKAGE = "synth";

  /** Operations per resource. */
  public static final int OPERATIONS_PER_RESOURCE = 10;

  /** The API-key, bearer, Basic and OAuth2 scheme names, the same in every vocabulary. */
  static final String API_KEY = "APIKeyHeader";

  static final String BEARER = "HTTPBearer";
  static final String BASIC = "HTTPBasic";
  static final String OAUTH2 = "OAuth2AuthorizationCodeBearer";

  /** What one operation looks like, independent of vocabulary. */
  private record Op(
      String name,
      String method,
      String path,
      String doc,
      String returns,
      List<P> pathParams,
      List<P> queryParams,
      boolean body,
      List<Security> security) {}

  /** A path or query parameter: its Java type and name. */
  private record P(String type, String name) {}

  /** One alternative of an operation's security: a scheme and its scopes; null means open. */
  private record Security(String scheme, String... scopes) {}

  private SyntheticApi() {}

  /**
   * Writes the sources under {@code sourceRoot} and returns the files written, in a stable order.
   * The names of the resource types (interfaces or controllers) are {@link #resourceTypes}.
   */
  public static List<Path> write(Vocabulary vocabulary, int operations, Path sourceRoot)
      throws IOException {
    if (operations <= 0 || operations % OPERATIONS_PER_RESOURCE != 0) {
      throw new IllegalArgumentException("operations must be a positive multiple of 10");
    }
    Path dir = sourceRoot.resolve(PACKAGE);
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    files.add(write(dir, "Schemes", schemes(vocabulary)));
    for (int i = 0; i < operations / OPERATIONS_PER_RESOURCE; i++) {
      String w = "Widget" + i;
      files.add(write(dir, w, widget(w)));
      files.add(write(dir, w + "Input", input(w)));
      String type = resourceType(vocabulary, i);
      files.add(write(dir, type, resource(vocabulary, i, w, type)));
    }
    return files;
  }

  /** The fully qualified names of the resource types, for the swagger-core start-up benchmark. */
  public static List<String> resourceTypes(Vocabulary vocabulary, int operations) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < operations / OPERATIONS_PER_RESOURCE; i++) {
      out.add(PACKAGE + "." + resourceType(vocabulary, i));
    }
    return out;
  }

  private static String resourceType(Vocabulary vocabulary, int i) {
    return vocabulary == Vocabulary.AVAJE ? "Widget" + i + "Controller" : "Widget" + i + "Api";
  }

  private static Path write(Path dir, String type, String source) throws IOException {
    Path file = dir.resolve(type + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  private static List<Op> operations(String w) {
    P id = new P("long", "id");
    String one = w;
    String many = "List<" + w + ">";
    return List.of(
        new Op(
            "list",
            "GET",
            "",
            "Lists the " + w + " items that match the filter.",
            many,
            List.of(),
            List.of(new P("String", "filter"), new P("int", "limit"), new P("int", "offset")),
            false,
            List.of(new Security(API_KEY))),
        new Op(
            "get",
            "GET",
            "/{id}",
            "Reads one " + w + ".",
            one,
            List.of(id),
            List.of(),
            false,
            List.of(new Security(OAUTH2, "read"))),
        new Op(
            "create",
            "POST",
            "",
            "Creates a " + w + ".",
            one,
            List.of(),
            List.of(),
            true,
            List.of(new Security(OAUTH2, "write"))),
        new Op(
            "replace",
            "PUT",
            "/{id}",
            "Replaces a " + w + ".",
            one,
            List.of(id),
            List.of(),
            true,
            List.of(new Security(OAUTH2, "write"))),
        new Op(
            "delete",
            "DELETE",
            "/{id}",
            "Deletes a " + w + ".",
            "void",
            List.of(id),
            List.of(),
            false,
            List.of(new Security(BASIC))),
        new Op(
            "history",
            "GET",
            "/{id}/history",
            "The earlier versions of a " + w + ".",
            many,
            List.of(id),
            List.of(new P("long", "since"), new P("int", "limit")),
            false,
            List.of(new Security(API_KEY), new Security(BEARER))),
        new Op(
            "act",
            "POST",
            "/{id}/actions/{action}",
            "Runs an action on a " + w + ".",
            one,
            List.of(id, new P("String", "action")),
            List.of(),
            false,
            List.of(new Security(BEARER))),
        new Op(
            "search",
            "GET",
            "/search",
            "Searches " + w + " items by text.",
            many,
            List.of(),
            List.of(new P("String", "q"), new P("int", "limit")),
            false,
            List.of()),
        new Op(
            "rename",
            "PUT",
            "/{id}/name",
            "Renames a " + w + ".",
            one,
            List.of(id),
            List.of(),
            true,
            List.of(new Security(BASIC))),
        new Op(
            "tags",
            "GET",
            "/{id}/tags",
            "The tags of a " + w + ".",
            "List<String>",
            List.of(id),
            List.of(new P("String", "prefix")),
            false,
            List.of(new Security(OAUTH2, "read", "write"))));
  }

  private static String widget(String w) {
    return "package "
        + PACKAGE
        + ";\n\n"
        + "import java.util.List;\n\n"
        + "/**\n * A "
        + w
        + ".\n *\n * @param id its identifier\n * @param name its name\n"
        + " * @param tags its tags\n * @param active whether it is in use\n"
        + " * @param score its score\n */\n"
        + "public record "
        + w
        + "(long id, String name, List<String> tags, boolean active,"
        + " double score) {}\n";
  }

  private static String input(String w) {
    return "package "
        + PACKAGE
        + ";\n\n"
        + "import java.util.List;\n\n"
        + "/**\n * What a client sends to create or change a "
        + w
        + ".\n *\n"
        + " * @param name its name\n * @param tags its tags\n * @param active whether it is in use\n"
        + " */\n"
        + "public record "
        + w
        + "Input(String name, List<String> tags, boolean active) {}\n";
  }

  // ---------------------------------------------------------------------------------------------
  // Schemes

  private static String schemes(Vocabulary vocabulary) {
    if (vocabulary == Vocabulary.GATEHOUSE) {
      return "package "
          + PACKAGE
          + ";\n\n"
          + "import dev.gatehouse.annotations.ApiKeyHeader;\n"
          + "import dev.gatehouse.annotations.HttpBasic;\n"
          + "import dev.gatehouse.annotations.HttpBearer;\n"
          + "import dev.gatehouse.annotations.OAuth2AuthorizationCodeBearer;\n"
          + "import dev.gatehouse.annotations.Scope;\n\n"
          + "/** The API's security schemes. */\n"
          + "@ApiKeyHeader(name = \"X-API-Key\", description = \"A service key.\")\n"
          + "@HttpBearer(bearerFormat = \"JWT\", description = \"An access token.\")\n"
          + "@HttpBasic(realm = \"synth\", description = \"An operator's password.\")\n"
          + "@OAuth2AuthorizationCodeBearer(\n"
          + "    authorizationUrl = \"https://auth.example.com/authorize\",\n"
          + "    tokenUrl = \"https://auth.example.com/token\",\n"
          + "    scopes = {\n"
          + "      @Scope(name = \"read\", description = \"Read widgets.\"),\n"
          + "      @Scope(name = \"write\", description = \"Change widgets.\")\n"
          + "    })\n"
          + "final class Schemes {\n  private Schemes() {}\n}\n";
    }
    // swagger-annotations, for both avaje-http and swagger-core. avaje-http reads them from a
    // controller, so in that vocabulary the schemes class is a controller with no operations.
    // avaje-http 3.7 fails on a @SecurityScheme without "in" (it looks up In.valueOf("DEFAULT")),
    // so its HTTP and OAuth2 schemes say in = HEADER, which its document then carries.
    String in = vocabulary == Vocabulary.AVAJE ? " in = SecuritySchemeIn.HEADER," : "";
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    if (vocabulary == Vocabulary.AVAJE) {
      s.append("import io.avaje.http.api.Controller;\n");
      s.append("import io.avaje.http.api.Path;\n");
    }
    s.append("import io.swagger.v3.oas.annotations.OpenAPIDefinition;\n")
        .append("import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;\n")
        .append("import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;\n")
        .append("import io.swagger.v3.oas.annotations.info.Info;\n")
        .append("import io.swagger.v3.oas.annotations.security.OAuthFlow;\n")
        .append("import io.swagger.v3.oas.annotations.security.OAuthFlows;\n")
        .append("import io.swagger.v3.oas.annotations.security.OAuthScope;\n")
        .append("import io.swagger.v3.oas.annotations.security.SecurityScheme;\n\n")
        .append("/** The API's security schemes. */\n")
        .append("@OpenAPIDefinition(info = @Info(title = \"Synthetic\", version = \"0.1.0\"))\n")
        .append("@SecurityScheme(name = \"")
        .append(API_KEY)
        .append(
            "\", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,"
                + " paramName = \"X-API-Key\", description = \"A service key.\")\n")
        .append("@SecurityScheme(name = \"")
        .append(BEARER)
        .append("\", type = SecuritySchemeType.HTTP,")
        .append(in)
        .append(
            " scheme = \"bearer\", bearerFormat = \"JWT\", description = \"An access token.\")\n")
        .append("@SecurityScheme(name = \"")
        .append(BASIC)
        .append("\", type = SecuritySchemeType.HTTP,")
        .append(in)
        .append(" scheme = \"basic\", description = \"An operator's password.\")\n")
        .append("@SecurityScheme(name = \"")
        .append(OAUTH2)
        .append("\", type = SecuritySchemeType.OAUTH2,")
        .append(in)
        .append(
            " flows = @OAuthFlows(authorizationCode ="
                + " @OAuthFlow(\n    authorizationUrl = \"https://auth.example.com/authorize\",\n"
                + "    tokenUrl = \"https://auth.example.com/token\",\n"
                + "    scopes = {\n"
                + "      @OAuthScope(name = \"read\", description = \"Read widgets.\"),\n"
                + "      @OAuthScope(name = \"write\", description = \"Change widgets.\")\n"
                + "    })))\n");
    if (vocabulary == Vocabulary.AVAJE) {
      s.append("@Controller\n@Path(\"/schemes\")\npublic class Schemes {}\n");
    } else {
      s.append("public final class Schemes {\n  private Schemes() {}\n}\n");
    }
    return s.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Resources

  private static String resource(Vocabulary vocabulary, int i, String w, String type) {
    return vocabulary == Vocabulary.AVAJE ? avaje(w, type) : jaxrs(vocabulary, w, type);
  }

  private static String jaxrs(Vocabulary vocabulary, String w, String type) {
    boolean gatehouse = vocabulary == Vocabulary.GATEHOUSE;
    StringBuilder s = new StringBuilder();
    s.append("package ").append(PACKAGE).append(";\n\n");
    if (gatehouse) {
      s.append("import dev.gatehouse.annotations.Public;\n")
          .append("import dev.gatehouse.annotations.SecurityRequirement;\n");
    } else {
      s.append("import io.swagger.v3.oas.annotations.security.SecurityRequirement;\n");
    }
    s.append("import jakarta.ws.rs.Consumes;\n")
        .append("import jakarta.ws.rs.DELETE;\n")
        .append("import jakarta.ws.rs.GET;\n")
        .append("import jakarta.ws.rs.POST;\n")
        .append("import jakarta.ws.rs.PUT;\n")
        .append("import jakarta.ws.rs.Path;\n")
        .append("import jakarta.ws.rs.PathParam;\n")
        .append("import jakarta.ws.rs.Produces;\n")
        .append("import jakarta.ws.rs.QueryParam;\n")
        .append("import jakarta.ws.rs.core.MediaType;\n")
        .append("import java.util.List;\n\n")
        .append("/** The ")
        .append(w)
        .append(" resource. */\n")
        .append("@Path(\"/")
        .append(w.toLowerCase(java.util.Locale.ROOT))
        .append("\")\n")
        .append("@Produces(MediaType.APPLICATION_JSON)\n")
        .append("public interface ")
        .append(type)
        .append(" {\n");
    for (Op op : operations(w)) {
      s.append("\n  /** ").append(op.doc()).append(" */\n");
      s.append("  @").append(op.method()).append('\n');
      if (!op.path().isEmpty()) {
        s.append("  @Path(\"").append(op.path().substring(1)).append("\")\n");
      }
      if (op.body()) {
        s.append("  @Consumes(MediaType.APPLICATION_JSON)\n");
      }
      if (op.security().isEmpty()) {
        if (gatehouse) {
          s.append("  @Public\n");
        }
      }
      for (Security sec : op.security()) {
        s.append("  @SecurityRequirement(");
        if (gatehouse) {
          if (sec.scopes().length == 0) {
            s.append('"').append(sec.scheme()).append('"');
          } else {
            s.append("value = \"").append(sec.scheme()).append("\", scopes = ").append(scopes(sec));
          }
        } else {
          s.append("name = \"").append(sec.scheme()).append('"');
          if (sec.scopes().length > 0) {
            s.append(", scopes = ").append(scopes(sec));
          }
        }
        s.append(")\n");
      }
      s.append("  ").append(op.returns()).append(' ').append(op.name()).append('(');
      List<String> params = new ArrayList<>();
      for (P p : op.pathParams()) {
        params.add("@PathParam(\"" + p.name() + "\") " + p.type() + " " + p.name());
      }
      for (P p : op.queryParams()) {
        params.add("@QueryParam(\"" + p.name() + "\") " + p.type() + " " + p.name());
      }
      if (op.body()) {
        params.add(w + "Input body");
      }
      s.append(String.join(", ", params)).append(");\n");
    }
    return s.append("}\n").toString();
  }

  private static String avaje(String w, String type) {
    StringBuilder s = new StringBuilder();
    s.append("package ")
        .append(PACKAGE)
        .append(";\n\n")
        .append("import io.avaje.http.api.Controller;\n")
        .append("import io.avaje.http.api.Delete;\n")
        .append("import io.avaje.http.api.Get;\n")
        .append("import io.avaje.http.api.Path;\n")
        .append("import io.avaje.http.api.Post;\n")
        .append("import io.avaje.http.api.Put;\n")
        .append("import io.avaje.http.api.QueryParam;\n")
        .append("import io.swagger.v3.oas.annotations.security.SecurityRequirement;\n")
        .append("import java.util.List;\n\n")
        .append("/** The ")
        .append(w)
        .append(" resource. */\n")
        .append("@Controller\n")
        .append("@Path(\"/")
        .append(w.toLowerCase(java.util.Locale.ROOT))
        .append("\")\n")
        .append("public class ")
        .append(type)
        .append(" {\n");
    for (Op op : operations(w)) {
      s.append("\n  /** ").append(op.doc()).append(" */\n");
      String verb =
          op.method().charAt(0) + op.method().substring(1).toLowerCase(java.util.Locale.ROOT);
      s.append("  @").append(verb);
      if (!op.path().isEmpty()) {
        s.append("(\"").append(op.path()).append("\")");
      }
      s.append('\n');
      for (Security sec : op.security()) {
        s.append("  @SecurityRequirement(name = \"").append(sec.scheme()).append('"');
        if (sec.scopes().length > 0) {
          s.append(", scopes = ").append(scopes(sec));
        }
        s.append(")\n");
      }
      s.append("  public ").append(op.returns()).append(' ').append(op.name()).append('(');
      List<String> params = new ArrayList<>();
      for (P p : op.pathParams()) {
        params.add(p.type() + " " + p.name());
      }
      for (P p : op.queryParams()) {
        params.add("@QueryParam " + p.type() + " " + p.name());
      }
      if (op.body()) {
        params.add(w + "Input body");
      }
      s.append(String.join(", ", params))
          .append(") {\n")
          .append("    throw new UnsupportedOperationException();\n  }\n");
    }
    return s.append("}\n").toString();
  }

  private static String scopes(Security sec) {
    if (sec.scopes().length == 1) {
      return '"' + sec.scopes()[0] + '"';
    }
    return "{\"" + String.join("\", \"", sec.scopes()) + "\"}";
  }

  /** Writes one vocabulary's API: {@code SyntheticApi gatehouse|avaje|swagger operations dir}. */
  public static void main(String[] args) throws IOException {
    Vocabulary v = Vocabulary.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
    List<Path> files = write(v, Integer.parseInt(args[1]), Path.of(args[2]));
    System.out.println(files.size() + " files under " + args[2]);
  }
}
