package dev.gatehouse.runtime.spring;

import dev.gatehouse.runtime.RequestView;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/** A Spring MVC request as extractors read it: raw path and query, every header line unjoined. */
final class SpringRequestView implements RequestView {
  private final HttpServletRequest request;

  SpringRequestView(HttpServletRequest request) {
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

  @Override
  public String toString() {
    return "SpringRequestView[" + method() + " " + path() + "]";
  }
}
