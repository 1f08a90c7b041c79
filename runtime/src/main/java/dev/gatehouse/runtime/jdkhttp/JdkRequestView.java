package dev.gatehouse.runtime.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import dev.gatehouse.runtime.RequestView;
import java.util.List;
import java.util.Optional;

/**
 * A JDK {@code HttpServer} request as extractors read it: raw path and query, every header line.
 */
final class JdkRequestView implements RequestView {
  private final HttpExchange exchange;

  JdkRequestView(HttpExchange exchange) {
    this.exchange = exchange;
  }

  @Override
  public String method() {
    return exchange.getRequestMethod();
  }

  @Override
  public String path() {
    return exchange.getRequestURI().getRawPath();
  }

  @Override
  public Optional<String> rawQuery() {
    return Optional.ofNullable(exchange.getRequestURI().getRawQuery());
  }

  /** {@code Headers} ignores the case of names and keeps one value per field line. */
  @Override
  public List<String> headers(String name) {
    List<String> values = exchange.getRequestHeaders().get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  @Override
  public String toString() {
    return "JdkRequestView[" + method() + " " + path() + "]";
  }
}
