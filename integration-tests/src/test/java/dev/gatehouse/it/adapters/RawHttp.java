package dev.gatehouse.it.adapters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An HTTP/1.1 client over a plain socket that sends the request-target byte for byte, unnormalised.
 */
final class RawHttp {
  private final int port;

  /** The server's port on 127.0.0.1. */
  int port() {
    return port;
  }

  RawHttp(int port) {
    this.port = port;
  }

  /** One response: status, header lines in order, body as UTF-8. */
  record Response(int status, List<String[]> headers, String body) {
    List<String> all(String name) {
      List<String> out = new ArrayList<>();
      headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).forEach(h -> out.add(h[1]));
      return out;
    }

    String first(String name) {
      List<String> values = all(name);
      return values.isEmpty() ? null : values.get(0);
    }
  }

  /** The absolute-form request-target for {@code path}, as proxies send it. */
  String absolute(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  Response get(String target, String... headers) {
    return send("GET", target, headers);
  }

  /** Sends {@code method target HTTP/1.1} with the given name/value header pairs. */
  Response send(String method, String target, String... headers) {
    return sendWithBody(method, target, null, headers);
  }

  /** A POST of a urlencoded form body, with the given name/value header pairs. */
  Response postForm(String target, String body, String... headers) {
    String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/x-www-form-urlencoded";
    return sendWithBody("POST", target, body, all);
  }

  /** Sends a request with a body (null for none; Content-Length is added). */
  Response sendWithBody(String method, String target, String body, String... headers) {
    StringBuilder request = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
    if (body != null) {
      request
          .append("Content-Length: ")
          .append(body.getBytes(StandardCharsets.UTF_8).length)
          .append("\r\n");
    }
    request.append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
    for (int i = 0; i < headers.length; i += 2) {
      request.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    request.append("\r\n");
    if (body != null) {
      request.append(body);
    }
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      return parse(socket.getInputStream().readAllBytes(), method.equals("HEAD"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response parse(byte[] bytes, boolean head) throws IOException {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (end < 0) {
      throw new IOException("no complete response: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()});
    }
    byte[] body = head ? new byte[0] : java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
    boolean chunked =
        headers.stream()
            .anyMatch(
                h ->
                    h[0].equalsIgnoreCase("Transfer-Encoding")
                        && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
    if (chunked) {
      body = dechunk(new java.io.ByteArrayInputStream(body));
    }
    return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      StringBuilder size = new StringBuilder();
      for (int c = in.read(); c != '\n' && c >= 0; c = in.read()) {
        size.append((char) c);
      }
      int n = Integer.parseInt(size.toString().trim().split(";")[0], 16);
      if (n == 0) {
        return out.toByteArray();
      }
      out.write(in.readNBytes(n));
      in.readNBytes(2);
    }
  }
}
