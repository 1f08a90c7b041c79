package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.RequestView;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * A servlet request as extractors read it: raw path and query, every header line unjoined. Used by
 * the Servlet filter and the Spring MVC interceptor.
 */
public final class ServletRequestView implements RequestView {
  private final HttpServletRequest request;

  public ServletRequestView(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  /** The raw request URI, context path included, as the Digest {@code uri} parameter names it. */
  @Override
  public String path() {
    return request.getRequestURI();
  }

  @Override
  public Optional<String> rawQuery() {
    return Optional.ofNullable(request.getQueryString());
  }

  @Override
  public List<String> headers(String name) {
    Enumeration<String> values = request.getHeaders(name);
    List<String> out = new ArrayList<>(1);
    while (values != null && values.hasMoreElements()) {
      out.add(values.nextElement());
    }
    return List.copyOf(out);
  }

  /**
   * The body's first bytes, read through the {@link BufferedBodyRequest} the request was wrapped in
   * (the Servlet filter and the Spring principal filter wrap every request), so that the
   * application still reads the whole body; empty, which fails a form-body bearer request closed,
   * when no such wrapper is there.
   */
  @Override
  public Optional<byte[]> body() {
    ServletRequest r = request;
    while (r != null) {
      if (r instanceof BufferedBodyRequest buffered) {
        return Optional.of(buffered.head());
      }
      r = r instanceof ServletRequestWrapper w ? w.getRequest() : null;
    }
    return Optional.empty();
  }

  /**
   * {@code getRequestURL()}: the connection's scheme, the server name and port (from {@code Host}),
   * the raw request URI. A container configured to honour forwarded headers (e.g. Tomcat's {@code
   * RemoteIpValve}) reports what they say; configure it only for trusted proxies.
   */
  @Override
  public Optional<String> requestUrl() {
    StringBuffer url = request.getRequestURL();
    return url == null ? Optional.empty() : Optional.of(url.toString());
  }

  /** The chain from the request attribute {@code jakarta.servlet.request.X509Certificate}. */
  @Override
  public List<java.security.cert.X509Certificate> clientCertificates() {
    Object chain = request.getAttribute("jakarta.servlet.request.X509Certificate");
    return chain instanceof java.security.cert.X509Certificate[] certificates
            && certificates.length > 0
        ? List.of(certificates)
        : List.of();
  }

  @Override
  public Optional<String> remoteAddress() {
    return Optional.ofNullable(request.getRemoteAddr());
  }

  @Override
  public String toString() {
    return "ServletRequestView[" + method() + " " + path() + "]";
  }
}
