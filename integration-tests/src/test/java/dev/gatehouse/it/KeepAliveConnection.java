package dev.gatehouse.it;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection to 127.0.0.1, kept alive: every request written here travels on the same
 * socket, which {@code java.net.http} does not promise (it may open another connection, or upgrade
 * to HTTP/2). For checks that depend on what a server remembers per connection.
 */
public final class KeepAliveConnection implements AutoCloseable {
  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private final int port;

  public KeepAliveConnection(int port, Duration timeout) throws IOException {
    this.port = port;
    this.socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout((int) timeout.toMillis());
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream());
  }

  /** The text of {@code GET path} with the given field name/value pairs, kept alive. */
  public String get(String path, String... fields) {
    StringBuilder request = new StringBuilder();
    request.append("GET ").append(path).append(" HTTP/1.1\r\n");
    request.append("Host: 127.0.0.1:").append(port).append("\r\n");
    for (int i = 0; i < fields.length; i += 2) {
      request.append(fields[i]).append(": ").append(fields[i + 1]).append("\r\n");
    }
    return request.append("\r\n").toString();
  }

  /** Writes {@code requests} (one or more, pipelined) in one write. */
  public void write(String requests) throws IOException {
    out.write(requests.getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  /** Sends {@code GET path} and returns the status of its answer. */
  public int send(String path, String... fields) throws IOException {
    write(get(path, fields));
    return nextStatus();
  }

  /**
   * Reads the next response, its body included (Content-Length or chunked), and returns its status.
   *
   * @throws SocketTimeoutException when no complete response arrives within the timeout
   */
  public int nextStatus() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
      throw new IOException("not an HTTP/1.x status line: " + statusLine);
    }
    int status = Integer.parseInt(parts[1]);
    long length = 0;
    boolean chunked = false;
    for (String field = line(); !field.isEmpty(); field = line()) {
      String lower = field.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(field.substring("content-length:".length()).trim());
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        chunked = true;
      }
    }
    if (!chunked) {
      skip(length);
      return status;
    }
    while (true) {
      String size = line();
      int extension = size.indexOf(';');
      long chunk = Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
      if (chunk == 0) {
        break;
      }
      skip(chunk);
      line(); // the CRLF after the chunk's data
    }
    while (!line().isEmpty()) {
      // trailer fields, up to the empty line
    }
    return status;
  }

  private void skip(long n) throws IOException {
    for (long left = n; left > 0; left--) {
      if (in.read() < 0) {
        throw new EOFException("connection closed inside a body");
      }
    }
  }

  private String line() throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("connection closed; read so far: " + line);
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
