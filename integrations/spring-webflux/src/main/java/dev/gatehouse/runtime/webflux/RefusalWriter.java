package dev.gatehouse.runtime.webflux;

import dev.gatehouse.runtime.spi.Refusal;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/** Writes a {@link Refusal} to a reactive response: the one place the WebFlux adapter answers. */
final class RefusalWriter {
  private RefusalWriter() {}

  /**
   * Writes the status, the header lines (the first line of each name replacing what the response
   * holds, the following ones added), the body with its length; completes when it is written.
   */
  static Mono<Void> write(ServerHttpResponse response, Refusal refusal) {
    response.setStatusCode(HttpStatusCode.valueOf(refusal.status()));
    HttpHeaders headers = response.getHeaders();
    Set<String> written = new HashSet<>();
    for (Refusal.Header header : refusal.headers()) {
      if (written.add(header.name())) {
        headers.set(header.name(), header.value());
      } else {
        headers.add(header.name(), header.value());
      }
    }
    byte[] body = refusal.body();
    headers.setContentLength(body.length);
    return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
  }
}
