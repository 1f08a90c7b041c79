package dev.gatehouse.it.generated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of random JAX-RS endpoint interfaces (and the resource classes implementing
 * them) over every scheme kind but Digest: API keys in a header two schemes share, in the query and
 * in a cookie; two Basic schemes; bearer, OAuth2 and OpenID Connect schemes all reading the bearer
 * token; an {@code @HttpScheme}. Requirements are OR, AND (of schemes in different places, since
 * the processor refuses the rest), optional, public or absent, on interfaces and methods; some
 * interfaces extend a base without {@code @Path} and override one of its methods with other
 * security; paths are literal, templated, or a literal beside a template, and several HTTP methods
 * may share a path. The same seed always gives the same sources.
 */
final class InterfaceGenerator {
  static final String PACKAGE = "gen";

  /** The declared schemes, with the place each reads its credential from. */
  static final Map<String, String> PLACES = places();

  private static Map<String, String> places() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("KeyA", "header x-key");
    p.put("KeyB", "header x-key");
    p.put("QueryKey", "query key");
    p.put("CookieKey", "cookie sid");
    p.put("HTTPBasic", "authorization");
    p.put("AdminBasic", "authorization");
    p.put("HTTPBearer", "authorization");
    p.put("OAuth2PasswordBearer", "authorization");
    p.put("OpenIdConnect", "authorization");
    p.put("HTTPBase", "authorization");
    return p;
  }

  private static final List<String> SCHEMES = List.copyOf(PLACES.keySet());
  private static final List<String> VERBS = List.of("GET", "POST", "PUT", "DELETE", "PATCH");

  private final Random random;
  private final Map<String, String> sources = new LinkedHashMap<>();

  private InterfaceGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** Java sources by qualified class name. */
  static Map<String, String> generate(long seed, int interfaces) {
    InterfaceGenerator g = new InterfaceGenerator(seed);
    g.schemes();
    for (int i = 0; i < interfaces; i++) {
      g.endpoint(i);
    }
    return g.sources;
  }

  private void schemes() {
    sources.put(PACKAGE + ".Schemes", schemesSource());
  }

  /** The scheme declarations every generated compilation shares. */
  static String schemesSource() {
    return header()
        + "@ApiKeyHeader(name = \"X-Key\", schemeName = \"KeyA\")\n"
        + "@ApiKeyHeader(name = \"x-key\", schemeName = \"KeyB\")\n"
        + "@ApiKeyQuery(name = \"key\", schemeName = \"QueryKey\")\n"
        + "@ApiKeyCookie(name = \"sid\", schemeName = \"CookieKey\")\n"
        + "@HttpBasic\n"
        + "@HttpBasic(schemeName = \"AdminBasic\")\n"
        + "@HttpBearer\n"
        + "@OAuth2PasswordBearer(tokenUrl = \"/token\", scopes = {@Scope(name = \"read\"),"
        + " @Scope(name = \"write\"), @Scope(name = \"admin\")})\n"
        + "@OpenIdConnect(openIdConnectUrl ="
        + " \"https://id.example/.well-known/openid-configuration\")\n"
        + "@HttpScheme(scheme = \"HOBA\")\n"
        + "public interface Schemes {}\n";
  }

  static String header() {
    return "package "
        + PACKAGE
        + ";\n\n"
        + "import dev.gatehouse.annotations.*;\n"
        + "import jakarta.ws.rs.*;\n\n";
  }

  /** One operation method: verb, path below the interface, own security annotations. */
  private record Method(String name, String verb, String path, boolean variable, String security) {}

  private void endpoint(int index) {
    String api = "Api" + index;
    boolean hasBase = random.nextInt(10) < 4;
    String interfaceSecurity = "";
    boolean interfaceOptional = false;
    if (random.nextBoolean()) {
      interfaceSecurity = alternatives(1 + random.nextInt(2));
      interfaceOptional = random.nextInt(4) == 0;
      if (interfaceOptional) {
        interfaceSecurity += "@OptionalSecurity\n";
      }
    }
    List<Method> methods = new ArrayList<>();
    int count = 3 + random.nextInt(5);
    for (int m = 0; m < count; m++) {
      // The interface's @OptionalSecurity must reach an operation, or the processor refuses it.
      boolean inherit = (m == 0 && interfaceOptional) || random.nextInt(100) < 30;
      methods.add(method("op" + m, methods, inherit));
    }
    List<Method> baseMethods = new ArrayList<>();
    if (hasBase) {
      String base = "Base" + index;
      StringBuilder b = new StringBuilder(header());
      boolean baseSecured = random.nextBoolean();
      if (baseSecured) {
        b.append(alternatives(1));
      }
      b.append("public interface ").append(base).append(" {\n");
      int n = 1 + random.nextInt(2);
      for (int m = 0; m < n; m++) {
        Method method = method("inh" + m, baseMethods, random.nextBoolean());
        baseMethods.add(method);
        b.append(declaration(method, method.security()));
      }
      b.append("}\n");
      sources.put(PACKAGE + "." + base, b.toString());
      // Override the first base method with other security (or none: then the base's applies
      // only if the endpoint has no requirement of its own).
      Method first = baseMethods.get(0);
      methods.add(
          new Method(first.name(), first.verb(), first.path(), first.variable(), security(false)));
    }
    StringBuilder s = new StringBuilder(header());
    s.append("@Path(\"/g").append(index).append("\")\n");
    s.append(interfaceSecurity);
    s.append("public interface ").append(api);
    if (hasBase) {
      s.append(" extends Base").append(index);
    }
    s.append(" {\n");
    for (Method m : methods) {
      s.append(declaration(m, m.security()));
    }
    s.append("}\n");
    sources.put(PACKAGE + "." + api, s.toString());

    StringBuilder r = new StringBuilder("package " + PACKAGE + ";\n\n");
    r.append("public class ").append(api).append("Resource implements ").append(api).append(" {\n");
    List<Method> all = new ArrayList<>(methods);
    for (Method m : baseMethods) {
      if (all.stream().noneMatch(x -> x.name().equals(m.name()))) {
        all.add(m);
      }
    }
    for (Method m : all) {
      r.append("  @Override public String ")
          .append(m.name())
          .append("(")
          .append(m.variable() ? "String id" : "")
          .append(") { return \"")
          .append(api)
          .append('.')
          .append(m.name())
          .append("\"; }\n");
    }
    r.append("}\n");
    sources.put(PACKAGE + "." + api + "Resource", r.toString());
  }

  private Method method(String name, List<Method> earlier, boolean inherit) {
    String verb = VERBS.get(random.nextInt(VERBS.size()));
    String path;
    boolean variable;
    int shape = random.nextInt(10);
    Method sibling = earlier.isEmpty() ? null : earlier.get(random.nextInt(earlier.size()));
    if (sibling != null && shape < 2 && !sibling.verb().equals(verb)) {
      // Another HTTP method on an earlier operation's path.
      path = sibling.path();
      variable = sibling.variable();
    } else if (sibling != null && shape < 4 && sibling.variable()) {
      // A literal beside an earlier template: the literal wins for that spelling.
      path = sibling.path().replace("{id}", "fixed");
      variable = false;
    } else if (shape < 7) {
      path = name + "/{id}";
      variable = true;
    } else {
      path = name;
      variable = false;
    }
    final String p = path;
    if (earlier.stream().anyMatch(m -> m.path().equals(p) && m.verb().equals(verb))) {
      path = name;
      variable = false;
    }
    return new Method(name, verb, path, variable, inherit ? "" : security(true));
  }

  /** A method's own security: @Public, or alternatives, optionally optional. */
  private String security(boolean mayBePublic) {
    if (mayBePublic && random.nextInt(10) == 0) {
      return "@Public\n";
    }
    String out = alternatives(1 + random.nextInt(3));
    if (random.nextInt(4) == 0) {
      out += "@OptionalSecurity\n";
    }
    return out;
  }

  private String alternatives(int count) {
    StringBuilder out = new StringBuilder();
    List<String> used = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (random.nextInt(4) == 0) {
        String a = SCHEMES.get(random.nextInt(SCHEMES.size()));
        String b;
        do {
          b = SCHEMES.get(random.nextInt(SCHEMES.size()));
        } while (PLACES.get(a).equals(PLACES.get(b)));
        out.append("@SecurityRequirementsSet({")
            .append(requirement(a))
            .append(", ")
            .append(requirement(b))
            .append("})\n");
      } else {
        String a;
        int guard = 0;
        do {
          a = SCHEMES.get(random.nextInt(SCHEMES.size()));
        } while (used.contains(a) && guard++ < 20);
        used.add(a);
        out.append(requirement(a)).append('\n');
      }
    }
    return out.toString();
  }

  private String requirement(String scheme) {
    List<String> pool =
        switch (scheme) {
          case "OAuth2PasswordBearer" -> List.of("read", "write", "admin");
          case "OpenIdConnect" -> List.of("read", "admin");
          default -> List.of("audit", "admin");
        };
    List<String> scopes = new ArrayList<>();
    if (random.nextInt(10) < 5) {
      for (String s : pool) {
        if (random.nextInt(2) == 0) {
          scopes.add(s);
        }
      }
    }
    if (scopes.isEmpty()) {
      return "@SecurityRequirement(\"" + scheme + "\")";
    }
    return "@SecurityRequirement(value = \""
        + scheme
        + "\", scopes = {\""
        + String.join("\", \"", scopes)
        + "\"})";
  }

  private static String declaration(Method m, String security) {
    StringBuilder out = new StringBuilder();
    for (String line : security.split("\n")) {
      if (!line.isEmpty()) {
        out.append("  ").append(line).append('\n');
      }
    }
    out.append("  @").append(m.verb()).append('\n');
    out.append("  @Path(\"").append(m.path()).append("\")\n");
    out.append("  String ")
        .append(m.name())
        .append("(")
        .append(m.variable() ? "@PathParam(\"id\") String id" : "")
        .append(");\n");
    return out.toString();
  }
}
