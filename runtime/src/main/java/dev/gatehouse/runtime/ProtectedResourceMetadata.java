package dev.gatehouse.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's OAuth 2.0 protected-resource metadata (RFC 9728): the document the processor writes to
 * {@value #RESOURCE} from the declarations and {@code -Agatehouse.resource}, which every adapter
 * serves at its well-known location and which {@code Bearer} challenges point at with {@code
 * resource_metadata} (RFC 9728 section 5.1).
 *
 * <p>The well-known location puts {@value #WELL_KNOWN} between the host and the path of the
 * resource identifier (RFC 9728 section 3.1): {@code https://api.example.com/orders} is described
 * at {@code https://api.example.com/.well-known/oauth-protected-resource/orders}. Adapters answer
 * {@code GET} (and {@code HEAD}) of that path as their server sees it, so the path must reach the
 * application at the server's root; an API mounted below a context path, or behind a proxy that
 * rewrites paths, serves the document from the proxy instead.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProtectedResourceMetadata {
  /** Where the processor writes the document, on the class path. */
  public static final String RESOURCE = "META-INF/oauth-protected-resource.json";

  /** The well-known URI suffix of RFC 9728 section 3. */
  public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

  /** The processor writes the resource identifier as the document's first member. */
  private static final Pattern RESOURCE_MEMBER =
      Pattern.compile("\\A\\s*\\{\\s*\"resource\"\\s*:\\s*\"([^\"\\\\\\p{Cntrl}]+)\"");

  private final String resource;
  private final String json;
  private final byte[] body;
  private final String path;
  private final String url;

  private ProtectedResourceMetadata(String resource, String json) {
    URI uri = URI.create(resource);
    if (!uri.isAbsolute()
        || uri.getRawAuthority() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "the resource identifier must be an absolute http(s) URL without query or fragment: "
              + resource);
    }
    for (int i = 0; i < resource.length(); i++) {
      char c = resource.charAt(i);
      if (c <= 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException(
            "the resource identifier must be printable ASCII (percent-encode the rest): "
                + resource);
      }
    }
    String resourcePath =
        uri.getRawPath() == null || uri.getRawPath().equals("/") ? "" : uri.getRawPath();
    this.resource = resource;
    this.json = json;
    this.body = json.getBytes(StandardCharsets.UTF_8);
    this.path = WELL_KNOWN + resourcePath;
    this.url = uri.getScheme() + "://" + uri.getRawAuthority() + path;
  }

  /**
   * The metadata in {@code json}, a document the processor wrote: its first member must be {@code
   * resource}, an absolute {@code http(s)} URL.
   *
   * @throws IllegalArgumentException when it is not
   */
  public static ProtectedResourceMetadata of(String json) {
    Objects.requireNonNull(json, "json");
    Matcher m = RESOURCE_MEMBER.matcher(json);
    if (!m.find()) {
      throw new IllegalArgumentException(
          "protected-resource metadata must be a JSON object whose first member is \"resource\","
              + " as the processor writes it in "
              + RESOURCE);
    }
    return new ProtectedResourceMetadata(m.group(1), json);
  }

  /**
   * The document the processor wrote on {@code loader}'s class path, if any.
   *
   * @throws IllegalStateException when two different documents are found (two compilations describe
   *     different resources) or one cannot be read
   */
  static Optional<ProtectedResourceMetadata> find(ClassLoader loader) {
    List<String> found = new ArrayList<>();
    try {
      Enumeration<URL> urls =
          loader != null ? loader.getResources(RESOURCE) : ClassLoader.getSystemResources(RESOURCE);
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          if (!found.contains(json)) {
            found.add(json);
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + RESOURCE + " from the class path", e);
    }
    if (found.size() > 1) {
      throw new IllegalStateException(
          "the class path holds "
              + found.size()
              + " different "
              + RESOURCE
              + " documents; one"
              + " application describes one protected resource");
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(of(found.get(0)));
  }

  /** The resource identifier, e.g. {@code https://api.example.com/orders}. */
  public String resource() {
    return resource;
  }

  /** The well-known path, e.g. {@code /.well-known/oauth-protected-resource/orders}. */
  public String path() {
    return path;
  }

  /** The document's absolute URL: what {@code resource_metadata} in a challenge says. */
  public String url() {
    return url;
  }

  /** The document, as the processor wrote it. */
  public String json() {
    return json;
  }

  /** The document's UTF-8 bytes (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** The {@code Content-Type} to serve it with (RFC 9728 section 3.2). */
  public String contentType() {
    return "application/json";
  }

  /**
   * Whether a request for {@code method} and the raw (undecoded) request path {@code rawPath} asks
   * for this document: {@code GET} or {@code HEAD} of exactly {@link #path()}.
   */
  public boolean isRequestFor(String method, String rawPath) {
    return ("GET".equals(method) || "HEAD".equals(method)) && path.equals(rawPath);
  }

  /** Names the resource; the document itself is public. */
  @Override
  public String toString() {
    return "ProtectedResourceMetadata[" + resource + " at " + url + "]";
  }
}
