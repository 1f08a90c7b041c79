package dev.gatehouse.runtime.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.runtime.Decision;
import dev.gatehouse.runtime.spi.Refusal;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the Servlet filter and the Spring interceptor write a refusal: a response that an earlier
 * filter already gave headers ends up with exactly the refusal's lines.
 */
class RefusalWriterTest {

  /** The state of a response, as the calls below leave it. */
  private static final class Recorded {
    int status;
    int contentLength = -1;
    boolean flushed;
    final Map<String, List<String>> headers = new LinkedHashMap<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
  }

  private static HttpServletResponse response(Recorded r) {
    ServletOutputStream out =
        new ServletOutputStream() {
          @Override
          public void write(int b) {
            r.body.write(b);
          }

          @Override
          public boolean isReady() {
            return true;
          }

          @Override
          public void setWriteListener(WriteListener listener) {}
        };
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            RefusalWriterTest.class.getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "setStatus" -> r.status = (Integer) args[0];
                case "setHeader" ->
                    r.headers.put((String) args[0], new ArrayList<>(List.of((String) args[1])));
                case "addHeader" ->
                    r.headers
                        .computeIfAbsent((String) args[0], k -> new ArrayList<>())
                        .add((String) args[1]);
                case "setContentLength" -> r.contentLength = (Integer) args[0];
                case "getOutputStream" -> {
                  return out;
                }
                case "flushBuffer" -> r.flushed = true;
                default -> throw new UnsupportedOperationException(method.getName());
              }
              return null;
            });
  }

  @Test
  void theRefusalsLinesReplaceWhatEarlierFiltersSetAndRepeatedNamesAreAdded() throws Exception {
    Recorded r = new Recorded();
    HttpServletResponse response = response(r);
    response.setHeader("Cache-Control", "max-age=3600");
    response.setHeader("WWW-Authenticate", "Stale realm=\"x\"");
    response.setHeader("X-Frame-Options", "DENY");

    RefusalWriter.write(
        response,
        Refusal.of(
            new Decision.Deny(
                401, List.of("APIKey realm=\"a\"", "Bearer realm=\"a\""), "Not authenticated")));

    assertThat(r.status).isEqualTo(401);
    assertThat(r.headers)
        .containsEntry("WWW-Authenticate", List.of("APIKey realm=\"a\"", "Bearer realm=\"a\""))
        .containsEntry("Cache-Control", List.of("no-store"))
        .containsEntry("Content-Type", List.of("application/json; charset=UTF-8"))
        .containsEntry("X-Frame-Options", List.of("DENY"));
    String body = r.body.toString(StandardCharsets.UTF_8);
    assertThat(body).isEqualTo("{\"detail\":\"Not authenticated\"}");
    assertThat(r.contentLength).isEqualTo(body.length());
    assertThat(r.flushed).isTrue();
  }
}
