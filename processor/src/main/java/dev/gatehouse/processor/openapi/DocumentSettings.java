package dev.gatehouse.processor.openapi;

import dev.gatehouse.processor.model.OpenApiVersion;
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
 */
public record DocumentSettings(
    String path,
    OpenApiVersion version,
    String title,
    String infoVersion,
    String description,
    List<String> servers) {

  public static final String PATH = "gatehouse.openapi.path";
  public static final String VERSION = "gatehouse.openapi.version";
  public static final String TITLE = "gatehouse.info.title";
  public static final String INFO_VERSION = "gatehouse.info.version";
  public static final String DESCRIPTION = "gatehouse.info.description";
  public static final String SERVERS = "gatehouse.servers";
  public static final String SUPPRESS_WARNINGS = "gatehouse.suppressWarnings";

  /** Every option the processor understands. */
  public static final Set<String> OPTIONS =
      Set.of(PATH, VERSION, TITLE, INFO_VERSION, DESCRIPTION, SERVERS, SUPPRESS_WARNINGS);

  public static final DocumentSettings DEFAULTS =
      new DocumentSettings("META-INF/openapi.json", OpenApiVersion.V3_1_0, "API", "0.1.0", "", List.of());

  public DocumentSettings {
    servers = List.copyOf(servers);
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
      fail.accept(PATH, "give a relative path inside the class output, such as META-INF/openapi.json");
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
    return ok[0]
        ? Optional.of(new DocumentSettings(path, version, title, infoVersion, description, servers))
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
