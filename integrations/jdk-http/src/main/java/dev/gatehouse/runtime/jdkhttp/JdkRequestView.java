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

  /**
   * {@code https} for an {@code HttpsExchange}, else {@code http}, with the single {@code Host}
   * header as authority (empty when it is missing, repeated or not a plain host[:port]).
   */
  @Override
  public Optional<String> requestUrl() {
    List<String> hosts = exchange.getRequestHeaders().get("Host");
    if (hosts == null || hosts.size() != 1 || !plainAuthority(hosts.get(0))) {
      return Optional.empty();
    }
    String scheme = exchange instanceof com.sun.net.httpserver.HttpsExchange ? "https" : "http";
    return Optional.of(scheme + "://" + hosts.get(0) + exchange.getRequestURI().getRawPath());
  }

  private static boolean plainAuthority(String host) {
    if (host.isEmpty()) {
      return false;
    }
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == ':'
              || c == '['
              || c == ']';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** The verified peer certificates of an {@code HttpsExchange} whose client authenticated. */
  @Override
  public List<java.security.cert.X509Certificate> clientCertificates() {
    if (!(exchange instanceof com.sun.net.httpserver.HttpsExchange https)
        || https.getSSLSession() == null) {
      return List.of();
    }
    try {
      List<java.security.cert.X509Certificate> out = new java.util.ArrayList<>();
      for (java.security.cert.Certificate c : https.getSSLSession().getPeerCertificates()) {
        if (c instanceof java.security.cert.X509Certificate x509) {
          out.add(x509);
        }
      }
      return List.copyOf(out);
    } catch (javax.net.ssl.SSLPeerUnverifiedException e) {
      return List.of();
    }
  }

  @Override
  public Optional<String> remoteAddress() {
    java.net.InetSocketAddress peer = exchange.getRemoteAddress();
    return peer == null || peer.getAddress() == null
        ? Optional.empty()
        : Optional.of(peer.getAddress().getHostAddress());
  }

  @Override
  public String toString() {
    return "JdkRequestView[" + method() + " " + path() + "]";
  }
}
