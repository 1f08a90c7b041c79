package dev.gatehouse.runtime.servlet;

import dev.gatehouse.runtime.spi.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@link Refusal} to a servlet response: for the Servlet filter and the Spring MVC
 * interceptor, which answer refusals the same way.
 */
public final class RefusalWriter {
  private RefusalWriter() {}

  /**
   * Writes the status, the header lines (the first line of each name replacing what the response
   * holds, the following ones added), the body with its length; then commits the response.
   */
  public static void write(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setStatus(refusal.status());
    Set<String> written = new HashSet<>();
    for (Refusal.Header header : refusal.headers()) {
      if (written.add(header.name())) {
        response.setHeader(header.name(), header.value());
      } else {
        response.addHeader(header.name(), header.value());
      }
    }
    byte[] body = refusal.body();
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
    response.flushBuffer();
  }
}
