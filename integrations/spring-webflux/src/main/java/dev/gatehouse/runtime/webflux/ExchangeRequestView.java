package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.RequestView;
import dev.gatehouse.runtime.spi.BodyBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * A reactive request as extractors read it: the method and the raw path and query as received,
 * every header line unjoined, and the body's first bytes when {@link GatehouseWebFilter} read them
 * beforehand (extractors are synchronous; the filter reads without blocking first).
 */
final class ExchangeRequestView implements RequestView {
  private final ServerHttpRequest request;
  private final byte[] head;

  /**
   * @param head the body's first bytes as read, or null when the body was not read (or reading it
   *     failed), which fails a form-body bearer request closed
   */
  ExchangeRequestView(ServerHttpRequest request, byte[] head) {
    this.request = request;
    this.head = head;
  }

  /**
   * As received: {@code HttpMethod.valueOf} keeps a non-standard or lower-case method's spelling.
   */
  @Override
  public String method() {
    return request.getMethod().name();
  }

  /** The raw path, context path included, percent-encoding intact. */
  @Override
  public String path() {
    return request.getURI().getRawPath();
  }

  @Override
  public Optional<String> rawQuery() {
    return Optional.ofNullable(request.getURI().getRawQuery());
  }

  /** Reactor Netty keeps each field line apart; the adapter hands them over as they came. */
  @Override
  public List<String> headers(String name) {
    List<String> values = request.getHeaders().get(name);
    return values == null ? List.of() : List.copyOf(values);
  }

  /** At most {@link BodyBuffer#READ_LIMIT} bytes: the whole body, or its first 64 KiB + 1. */
  @Override
  public Optional<byte[]> body() {
    if (head == null) {
      return Optional.empty();
    }
    return Optional.of(
        head.length > BodyBuffer.READ_LIMIT ? Arrays.copyOf(head, BodyBuffer.READ_LIMIT) : head);
  }

  /**
   * Scheme, authority and raw path of {@code getURI()} (Reactor Netty builds it from the connection
   * and {@code Host}; a configured {@code ForwardedHeaderTransformer} rewrites it from forwarded
   * headers, so enable that only behind trusted proxies).
   */
  @Override
  public Optional<String> requestUrl() {
    java.net.URI uri = request.getURI();
    if (uri.getScheme() == null || uri.getRawAuthority() == null) {
      return Optional.empty();
    }
    return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath());
  }

  /** The peer certificates of the TLS session, when the client authenticated. */
  @Override
  public List<java.security.cert.X509Certificate> clientCertificates() {
    org.springframework.http.server.reactive.SslInfo ssl = request.getSslInfo();
    java.security.cert.X509Certificate[] chain = ssl == null ? null : ssl.getPeerCertificates();
    return chain == null ? List.of() : List.of(chain);
  }

  @Override
  public Optional<String> remoteAddress() {
    java.net.InetSocketAddress peer = request.getRemoteAddress();
    return peer == null || peer.getAddress() == null
        ? Optional.empty()
        : Optional.of(peer.getAddress().getHostAddress());
  }

  @Override
  public String toString() {
    return "ExchangeRequestView[" + method() + " " + path() + "]";
  }
}
