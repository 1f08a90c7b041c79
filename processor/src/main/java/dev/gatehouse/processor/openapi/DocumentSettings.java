package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.model.OpenApiVersion;
import dev.gatehouse.processor.validate.Urls;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The document-level settings, read from the {@code gatehouse.*} processor options.
 *
 * @param path where {@code openapi.json} goes in the class output
 * @param servers the {@code servers[].url} values, in the order given
 * @param resource the RFC 9728 resource identifier, or empty: {@code gatehouse.resource}, else the
 *     first {@code https} server
 * @param resourceDocumentation RFC 9728 {@code resource_documentation}, or empty
 * @param authorizationServers RFC 9728 {@code authorization_servers} given as an option, in order;
 *     empty to derive them from the declared schemes
 */
public record DocumentSettings(
    String path,
    OpenApiVersion version,
    String title,
    String infoVersion,
    String description,
    List<String> servers,
    String resource,
    String resourceDocumentation,
    List<String> authorizationServers) {

  public static final String PATH = "gatehouse.openapi.path";
  public static final String VERSION = "gatehouse.openapi.version";
  public static final String TITLE = "gatehouse.info.title";
  public static final String INFO_VERSION = "gatehouse.info.version";
  public static final String DESCRIPTION = "gatehouse.info.description";
  public static final String SERVERS = "gatehouse.servers";
  public static final String SUPPRESS_WARNINGS = "gatehouse.suppressWarnings";
  public static final String RESOURCE = "gatehouse.resource";
  public static final String RESOURCE_DOCUMENTATION = "gatehouse.resource.documentation";
  public static final String AUTHORIZATION_SERVERS = "gatehouse.resource.authorizationServers";

  /** The refusal bodies: {@code detail} (default) or {@code problem} (RFC 9457). */
  public static final String REFUSALS = "gatehouse.refusals";

  /** Every option the processor understands. */
  public static final Set<String> OPTIONS =
      Set.of(
          PATH,
          VERSION,
          TITLE,
          INFO_VERSION,
          DESCRIPTION,
          SERVERS,
          SUPPRESS_WARNINGS,
          RESOURCE,
          RESOURCE_DOCUMENTATION,
          AUTHORIZATION_SERVERS,
          REFUSALS);

  /**
   * Whether {@code gatehouse.refusals} asks for RFC 9457 problem details ({@code problem}) rather
   * than {@code {"detail": ...}} ({@code detail}, the default); another value is reported to {@code
   * invalid} and read as the default. The generated glue tells the runtime, so the document and the
   * refusals it answers with agree.
   */
  public static boolean problemRefusals(Map<String, String> options, InvalidOption invalid) {
    String value = options.get(REFUSALS);
    if (value == null || value.equals("detail")) {
      return false;
    }
    if (value.equals("problem")) {
      return true;
    }
    invalid.report(REFUSALS, value, "the refusal bodies are detail (the default) or problem");
    return false;
  }

  public static final DocumentSettings DEFAULTS =
      new DocumentSettings(
          "META-INF/openapi.json",
          OpenApiVersion.V3_1_0,
          "API",
          "0.1.0",
          "",
          List.of(),
          "",
          "",
          List.of());

  public DocumentSettings {
    servers = List.copyOf(servers);
    authorizationServers = List.copyOf(authorizationServers);
  }

  /**
   * Reads the options, reporting each invalid one to {@code invalid} (option, value, reason) and
   * falling back to its default; returns empty when any was invalid.
   */
  public static Optional<DocumentSettings> read(
      Map<String, String> rawOptions, InvalidOption invalid) {
    // javac hands "-Aname=" and a bare "-Aname" to processors as a null value.
    Map<String, String> options = new java.util.HashMap<>();
    rawOptions.forEach((k, v) -> options.put(k, v == null ? "" : v));
    boolean[] ok = {true};
    BiConsumer<String, String> fail =
        (option, why) -> {
          ok[0] = false;
          invalid.report(option, options.get(option), why);
        };
    String path = options.getOrDefault(PATH, DEFAULTS.path());
    if (path.isBlank()
        || path.startsWith("/")
        || path.contains("..")
        || path.contains("\\")
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      fail.accept(
          PATH, "give a relative path inside the class output, such as META-INF/openapi.json");
    }
    OpenApiVersion version = DEFAULTS.version();
    if (options.containsKey(VERSION)) {
      Optional<OpenApiVersion> parsed = OpenApiVersion.parse(options.get(VERSION));
      if (parsed.isPresent()) {
        version = parsed.get();
      } else {
        fail.accept(VERSION, "the supported versions are 3.0.3, 3.1.0 and 3.2.0");
      }
    }
    String title = options.getOrDefault(TITLE, DEFAULTS.title());
    if (title.isBlank()) {
      fail.accept(TITLE, "the document's info.title must not be empty");
    }
    String infoVersion = options.getOrDefault(INFO_VERSION, DEFAULTS.infoVersion());
    if (infoVersion.isBlank()) {
      fail.accept(INFO_VERSION, "the document's info.version must not be empty");
    }
    List<String> servers = new ArrayList<>();
    for (String url : list(options.getOrDefault(SERVERS, ""))) {
      try {
        new URI(url);
        servers.add(url);
      } catch (URISyntaxException e) {
        fail.accept(SERVERS, "\"" + url + "\" is not a URL (" + e.getReason() + ")");
      }
    }
    String description = options.getOrDefault(DESCRIPTION, "");
    String resource = options.getOrDefault(RESOURCE, "");
    if (options.containsKey(RESOURCE)) {
      String problem = Urls.identifierProblem(resource);
      if (problem != null) {
        fail.accept(RESOURCE, problem);
      }
    } else {
      resource =
          servers.stream()
              .filter(u -> Urls.isHttps(u) && Urls.identifierProblem(u) == null)
              .findFirst()
              .orElse("");
    }
    String documentation = options.getOrDefault(RESOURCE_DOCUMENTATION, "");
    if (options.containsKey(RESOURCE_DOCUMENTATION)) {
      String problem = Urls.urlProblem(documentation);
      if (problem != null) {
        fail.accept(RESOURCE_DOCUMENTATION, problem);
      }
    }
    List<String> authorizationServers = new ArrayList<>();
    for (String issuer : list(options.getOrDefault(AUTHORIZATION_SERVERS, ""))) {
      String problem = Urls.identifierProblem(issuer);
      if (problem != null) {
        fail.accept(AUTHORIZATION_SERVERS, "\"" + issuer + "\": " + problem);
      }
      authorizationServers.add(issuer);
    }
    if (options.containsKey(AUTHORIZATION_SERVERS) && authorizationServers.isEmpty()) {
      fail.accept(AUTHORIZATION_SERVERS, "name at least one issuer URL, comma-separated");
    }
    return ok[0]
        ? Optional.of(
            new DocumentSettings(
                path,
                version,
                title,
                infoVersion,
                description,
                servers,
                resource,
                documentation,
                authorizationServers))
        : Optional.empty();
  }

  /** The non-empty, trimmed items of a comma-separated option, in order, without duplicates. */
  public static Set<String> list(String commaSeparated) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (String item : commaSeparated.split(",")) {
      if (!item.isBlank()) {
        out.add(item.strip());
      }
    }
    return out;
  }

  /** Receives one invalid option. */
  @FunctionalInterface
  public interface InvalidOption {
    void report(String option, String value, String reason);
  }
}
