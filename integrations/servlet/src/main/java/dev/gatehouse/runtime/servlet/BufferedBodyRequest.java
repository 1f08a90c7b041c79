package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.spi.BodyBuffer;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request whose body Gatehouse may read for the form-body bearer transport and still hand to the
 * application whole: until {@link #head()} is called it is the plain request; after, {@code
 * getInputStream()}, {@code getReader()} and, for urlencoded forms, the {@code getParameter}
 * methods are served from the bytes read plus the rest of the body, never read twice.
 *
 * <p>The Servlet filter and the Spring principal filter wrap every request in one; reading happens
 * only for a non-GET urlencoded form to an operation whose bearer scheme enables the transport.
 */
public class BufferedBodyRequest extends HttpServletRequestWrapper {
  private BodyBuffer buffer;
  private boolean streamTaken;
  private Map<String, String[]> parameters;

  public BufferedBodyRequest(HttpServletRequest request) {
    super(request);
  }

  /** The body's first bytes (at most 64 KiB + 1), read once. */
  synchronized byte[] head() {
    if (buffer == null) {
      try {
        buffer = BodyBuffer.read(super.getInputStream());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return buffer.head();
  }

  private synchronized InputStream takeStream() {
    if (streamTaken) {
      throw new IllegalStateException("the request body was already read");
    }
    streamTaken = true;
    return buffer.replay();
  }

  private synchronized boolean buffered() {
    return buffer != null;
  }

  @Override
  public ServletInputStream getInputStream() throws IOException {
    if (!buffered()) {
      return super.getInputStream();
    }
    InputStream in = takeStream();
    return new ServletInputStream() {
      private boolean finished;

      @Override
      public int read() throws IOException {
        int b = in.read();
        finished = b < 0;
        return b;
      }

      @Override
      public int read(byte[] bytes, int off, int len) throws IOException {
        int n = in.read(bytes, off, len);
        finished = n < 0;
        return n;
      }

      @Override
      public boolean isFinished() {
        return finished;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new IllegalStateException("the body was buffered; read it synchronously");
      }
    };
  }

  @Override
  public BufferedReader getReader() throws IOException {
    if (!buffered()) {
      return super.getReader();
    }
    String encoding = getCharacterEncoding();
    Charset charset =
        encoding == null || !Charset.isSupported(encoding)
            ? StandardCharsets.ISO_8859_1 // the Servlet default
            : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(takeStream(), charset));
  }

  @Override
  public String getParameter(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values[0];
  }

  @Override
  public Map<String, String[]> getParameterMap() {
    return parameters();
  }

  @Override
  public Enumeration<String> getParameterNames() {
    return Collections.enumeration(parameters().keySet());
  }

  @Override
  public String[] getParameterValues(String name) {
    String[] values = parameters().get(name);
    return values == null ? null : values.clone();
  }

  /**
   * The container's parameters until the body was buffered; after, the query's and the form's
   * (query first, as the Servlet specification orders them), parsed here because the container can
   * no longer read the form from the stream Gatehouse took.
   */
  private synchronized Map<String, String[]> parameters() {
    if (!buffered() || !isUrlEncoded()) {
      return super.getParameterMap();
    }
    if (parameters == null) {
      Map<String, List<String>> collected = new LinkedHashMap<>();
      parse(getQueryString(), collected);
      if (!streamTaken) {
        try {
          parse(new String(takeStream().readAllBytes(), StandardCharsets.ISO_8859_1), collected);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      Map<String, String[]> out = new LinkedHashMap<>();
      collected.forEach((k, v) -> out.put(k, v.toArray(new String[0])));
      parameters = Collections.unmodifiableMap(out);
    }
    return parameters;
  }

  private boolean isUrlEncoded() {
    String type = getContentType();
    return type != null
        && type.split(";", 2)[0].strip().equalsIgnoreCase("application/x-www-form-urlencoded");
  }

  /** Lenient application parsing (UTF-8, malformed pairs skipped): Gatehouse's own is strict. */
  private static void parse(String raw, Map<String, List<String>> into) {
    if (raw == null || raw.isEmpty()) {
      return;
    }
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      try {
        String name =
            URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value =
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        into.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } catch (IllegalArgumentException malformed) {
        // skipped, as containers do
      }
    }
  }
}
