package dev.gatehouse.runtime.jaxrs;

import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.spi.BodyBuffer;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A JAX-RS request as Gatehouse's extractors read it: raw path and query, every header line. */
final class JaxRsRequestView implements RequestView {
  private final ContainerRequestContext request;
  private byte[] body;

  JaxRsRequestView(ContainerRequestContext request) {
    this.request = request;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String path() {
    return request.getUriInfo().getRequestUri().getRawPath();
  }

  @Override
  public Optional<String> rawQuery() {
    URI uri = request.getUriInfo().getRequestUri();
    return Optional.ofNullable(uri.getRawQuery());
  }

  @Override
  public List<String> headers(String name) {
    // Not every implementation's header map ignores case, so compare names here.
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : request.getHeaders().entrySet()) {
      if (e.getKey() != null && asciiEqualsIgnoreCase(e.getKey(), name) && e.getValue() != null) {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  /** Folds only A-Z (security rules 1.1.2: no Unicode case folding of protocol names). */
  private static boolean asciiEqualsIgnoreCase(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x >= 'A' && x <= 'Z') {
        x = (char) (x + 32);
      }
      if (y >= 'A' && y <= 'Z') {
        y = (char) (y + 32);
      }
      if (x != y) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the entity's first bytes once and puts them back in front of the rest, so the resource
   * method still receives the whole entity (JAX-RS {@code setEntityStream}).
   */
  @Override
  public Optional<byte[]> body() {
    if (body == null) {
      // Asked once: after the read below the stream is drained and hasEntity() says false.
      boolean entity = request.hasEntity();
      BodyBuffer buffer = BodyBuffer.read(entity ? request.getEntityStream() : null);
      if (entity) {
        request.setEntityStream(buffer.replay());
      }
      body = buffer.head();
    }
    return Optional.of(body);
  }

  /** The absolute request URI the runtime resolved, without query and fragment. */
  @Override
  public Optional<String> requestUrl() {
    URI uri = request.getUriInfo().getRequestUri();
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return Optional.empty();
    }
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
  }

  /**
   * The certificates a Servlet container exposes as the request property {@code
   * jakarta.servlet.request.X509Certificate} (Jersey and RESTEasy on a Servlet container pass
   * request attributes through); empty elsewhere.
   */
  @Override
  public List<java.security.cert.X509Certificate> clientCertificates() {
    Object chain = request.getProperty("jakarta.servlet.request.X509Certificate");
    return chain instanceof java.security.cert.X509Certificate[] certificates
        ? List.of(certificates)
        : List.of();
  }

  @Override
  public String toString() {
    return "JaxRsRequestView[" + method() + " " + path() + "]";
  }
}
