package dev.gatehouse.example;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client over a plain {@link Socket}: the request bytes go out exactly as given
 * (duplicate fields, TABs, control characters, non-ASCII and bad percent escapes included), which
 * {@code java.net.http} refuses to send. One request per connection ({@code Connection: close}).
 */
final class RawHttp {

  /** A parsed response; {@code status} is 0 when the server closed without answering. */
  record Response(int status, List<String[]> headers, byte[] body) {
    List<String> all(String name) {
      List<String> out = new ArrayList<>();
      for (String[] h : headers) {
        if (h[0].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          out.add(h[1]);
        }
      }
      return out;
    }

    String bodyText() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private RawHttp() {}

  /** Sends {@code request} (complete, as bytes) to {@code base}'s host and port. */
  static Response exchange(URI base, byte[] request, int timeoutMillis) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(base.getHost(), base.getPort()), timeoutMillis);
      socket.setSoTimeout(timeoutMillis);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer and close before it read everything (huge requests); read on.
      }
      ByteArrayOutputStream received = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          received.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        if (received.size() == 0) {
          throw e;
        }
      } catch (IOException e) {
        // connection reset after a complete answer: keep what arrived
      }
      return parse(received.toByteArray());
    }
  }

  /** Builds a request: request line, Host, Connection: close, the given field lines, body. */
  static byte[] request(
      String method, byte[] target, String hostPort, List<byte[]> fieldLines, byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(method.getBytes(StandardCharsets.US_ASCII));
    out.write(' ');
    out.writeBytes(target);
    out.writeBytes(" HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(
        ("Host: " + hostPort + "\r\nConnection: close\r\n").getBytes(StandardCharsets.US_ASCII));
    boolean hasLength = false;
    for (byte[] line : fieldLines) {
      String start = new String(line, 0, Math.min(line.length, 18), StandardCharsets.ISO_8859_1);
      hasLength |=
          start.toLowerCase(Locale.ROOT).startsWith("content-length:")
              || start.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:");
      out.writeBytes(line);
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    if (!hasLength && (body.length > 0 || method.equals("POST") || method.equals("PUT"))) {
      out.writeBytes(
          ("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes(new byte[] {'\r', '\n'});
    out.writeBytes(body);
    return out.toByteArray();
  }

  static Response parse(byte[] raw) {
    int end = indexOf(raw, new byte[] {'\r', '\n', '\r', '\n'});
    if (raw.length == 0 || end < 0) {
      return new Response(0, List.of(), raw);
    }
    String head = new String(raw, 0, end, StandardCharsets.ISO_8859_1);
    String[] lines = head.split("\r\n");
    String[] statusLine = lines[0].split(" ", 3);
    int status = Integer.parseInt(statusLine[1]);
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()});
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    return new Response(status, headers, body);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
