package dev.gatehouse.it.soak;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One persistent HTTP/1.1 connection over loopback, owned by one client thread: requests are
 * written byte for byte (so duplicate and empty fields go out as built), responses are read by
 * {@code Content-Length} or chunked framing. No threads of its own.
 */
final class KeepAliveConnection implements AutoCloseable {
  /** One response: status, header lines in order, body as UTF-8. */
  record Response(int status, List<String[]> headers, String body) {
    List<String> all(String name) {
      List<String> out = new ArrayList<>();
      for (String[] h : headers) {
        if (h[0].equalsIgnoreCase(name)) {
          out.add(h[1]);
        }
      }
      return out;
    }
  }

  private final int port;
  private Socket socket;
  private InputStream in;
  private OutputStream out;
  private int reconnects;

  KeepAliveConnection(int port) {
    this.port = port;
  }

  /** Connections opened after the first (the server closed an idle or refused connection). */
  int reconnects() {
    return reconnects;
  }

  /** Sends {@code GET target} with the header pairs; retries once on a stale kept-alive socket. */
  Response get(String target, List<String[]> headers) throws IOException {
    StringBuilder request =
        new StringBuilder(256)
            .append("GET ")
            .append(target)
            .append(" HTTP/1.1\r\nHost: 127.0.0.1:")
            .append(port)
            .append("\r\n");
    for (String[] h : headers) {
      request.append(h[0]).append(": ").append(h[1]).append("\r\n");
    }
    byte[] bytes = request.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    boolean reused = socket != null;
    try {
      return exchange(bytes);
    } catch (IOException e) {
      close();
      if (!reused) {
        throw e;
      }
      return exchange(bytes); // GET is idempotent: a kept-alive socket may have been closed
    }
  }

  private Response exchange(byte[] request) throws IOException {
    if (socket == null) {
      if (in != null) {
        reconnects++;
      }
      socket = new Socket(InetAddress.getLoopbackAddress(), port);
      socket.setTcpNoDelay(true);
      socket.setSoTimeout(60_000);
      in = new BufferedInputStream(socket.getInputStream(), 8192);
      out = socket.getOutputStream();
    }
    out.write(request);
    out.flush();
    String statusLine = line();
    if (statusLine == null) {
      throw new IOException("connection closed before a response");
    }
    int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
    List<String[]> headers = new ArrayList<>();
    long length = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String line = line(); line != null && !line.isEmpty(); line = line()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon).trim();
      String value = line.substring(colon + 1).trim();
      headers.add(new String[] {name, value});
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (lower.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      } else if (lower.equals("connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    byte[] body;
    if (chunked) {
      body = dechunk();
    } else if (length >= 0) {
      body = in.readNBytes((int) length);
      if (body.length != length) {
        throw new IOException("short body");
      }
    } else {
      body = in.readAllBytes();
      closeAfter = true;
    }
    if (closeAfter) {
      close();
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private byte[] dechunk() throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line();
      if (size == null) {
        throw new IOException("truncated chunked body");
      }
      int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
      if (n == 0) {
        for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
          // trailers are ignored
        }
        return body.toByteArray();
      }
      body.write(in.readNBytes(n));
      line();
    }
  }

  /** One line without CRLF, ISO-8859-1; null at end of stream. */
  private String line() throws IOException {
    StringBuilder b = new StringBuilder(64);
    while (true) {
      int c = in.read();
      if (c < 0) {
        return b.length() == 0 ? null : b.toString();
      }
      if (c == '\n') {
        int len = b.length();
        if (len > 0 && b.charAt(len - 1) == '\r') {
          b.setLength(len - 1);
        }
        return b.toString();
      }
      b.append((char) c);
    }
  }

  @Override
  public void close() {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
      socket = null;
    }
  }
}
