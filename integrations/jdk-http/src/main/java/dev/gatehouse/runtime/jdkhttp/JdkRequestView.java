package dev.gatehouse.runtime.jdkhttp;

import com.sun.net.httpserver.HttpExchange;
import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.spi.BodyBuffer;
import java.util.List;
import java.util.Optional;

/**
 * A JDK {@code HttpServer} request as extractors read it: raw path and query, every header line.
 */
final class JdkRequestView implements RequestView {
  private final HttpExchange exchange;
  private byte[] body;

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

  /**
   * Reads the body's first bytes once and puts them back in front of the rest through {@link
   * HttpExchange#setStreams}, so the handler still reads the whole body.
   */
  @Override
  public Optional<byte[]> body() {
    if (body == null) {
      BodyBuffer buffer = BodyBuffer.read(exchange.getRequestBody());
      exchange.setStreams(buffer.replay(), null);
      body = buffer.head();
    }
    return Optional.of(body);
  }

  @Override
  public String toString() {
    return "JdkRequestView[" + method() + " " + path() + "]";
  }
}
