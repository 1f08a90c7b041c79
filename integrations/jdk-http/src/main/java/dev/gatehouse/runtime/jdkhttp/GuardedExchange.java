package dev.gatehouse.runtime.jdkhttp;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import dev.gatehouse.runtime.Authentication;
import dev.gatehouse.runtime.Caller;
import dev.gatehouse.runtime.spi.Attributes;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;

/**
 * An allowed exchange carrying its caller and operation itself, because the JDK's exchange
 * attributes are the context's attributes, shared by all concurrent requests of that context.
 */
final class GuardedExchange extends HttpExchange {
  private final HttpExchange delegate;
  private final Caller all;
  private final Authentication caller;
  private final String operation;

  GuardedExchange(HttpExchange delegate, Caller all, String operation) {
    this.delegate = delegate;
    this.all = all;
    this.caller = all.primary().orElse(null);
    this.operation = operation;
  }

  @Override
  public Object getAttribute(String name) {
    if (Attributes.AUTHENTICATION.equals(name)) {
      return caller;
    }
    if (Attributes.CALLER.equals(name)) {
      return all;
    }
    return Attributes.OPERATION.equals(name) ? operation : delegate.getAttribute(name);
  }

  /** Gatehouse's three attributes are read-only; others go to the underlying exchange. */
  @Override
  public void setAttribute(String name, Object value) {
    if (!Attributes.AUTHENTICATION.equals(name)
        && !Attributes.CALLER.equals(name)
        && !Attributes.OPERATION.equals(name)) {
      delegate.setAttribute(name, value);
    }
  }

  /** The caller as an {@link HttpPrincipal}: its name, with the scheme name as the realm. */
  @Override
  public HttpPrincipal getPrincipal() {
    return caller == null
        ? delegate.getPrincipal()
        : new HttpPrincipal(caller.name(), caller.scheme());
  }

  @Override
  public Headers getRequestHeaders() {
    return delegate.getRequestHeaders();
  }

  @Override
  public Headers getResponseHeaders() {
    return delegate.getResponseHeaders();
  }

  @Override
  public URI getRequestURI() {
    return delegate.getRequestURI();
  }

  @Override
  public String getRequestMethod() {
    return delegate.getRequestMethod();
  }

  @Override
  public HttpContext getHttpContext() {
    return delegate.getHttpContext();
  }

  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public InputStream getRequestBody() {
    return delegate.getRequestBody();
  }

  @Override
  public OutputStream getResponseBody() {
    return delegate.getResponseBody();
  }

  @Override
  public void sendResponseHeaders(int code, long length) throws IOException {
    delegate.sendResponseHeaders(code, length);
  }

  @Override
  public InetSocketAddress getRemoteAddress() {
    return delegate.getRemoteAddress();
  }

  @Override
  public int getResponseCode() {
    return delegate.getResponseCode();
  }

  @Override
  public InetSocketAddress getLocalAddress() {
    return delegate.getLocalAddress();
  }

  @Override
  public String getProtocol() {
    return delegate.getProtocol();
  }

  @Override
  public void setStreams(InputStream in, OutputStream out) {
    delegate.setStreams(in, out);
  }
}
