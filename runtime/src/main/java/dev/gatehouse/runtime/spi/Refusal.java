package dev.gatehouse.runtime.spi;

import dev.gatehouse.runtime.Decision;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A refused request's answer exactly as an adapter writes it: the status, the header field lines in
 * order, and the body. Every adapter writes it the same way, in one loop:
 *
 * <pre>{@code
 * response.setStatus(refusal.status());
 * for (Refusal.Header h : refusal.headers()) { ... }   // see headers() for set versus add
 * response.getOutputStream().write(refusal.body());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Refusal {

  /** A request path that stacks could route differently: {@code 400 Invalid request path}. */
  public static final Refusal INVALID_PATH =
      of(new Decision.Deny(400, List.of(), "Invalid request path"));

  /**
   * A request that is no Gatehouse operation, for adapters that serve operations only: {@code 404
   * Not Found}.
   */
  public static final Refusal NOT_FOUND = of(new Decision.Deny(404, List.of(), "Not Found"));

  /**
   * One header field line.
   *
   * @param name the field name, such as {@code WWW-Authenticate}
   * @param value the field value, printable ASCII
   */
  public record Header(String name, String value) {
    public Header {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  private final int status;
  private final List<Header> headers;
  private final byte[] body;

  private Refusal(int status, List<Header> headers, byte[] body) {
    this.status = status;
    this.headers = List.copyOf(headers);
    this.body = body;
  }

  /**
   * The answer to a {@link Decision.Deny}: its status; one {@code WWW-Authenticate} line per
   * challenge, most preferred first; {@code Cache-Control: no-store}; {@code Retry-After} when the
   * refusal says when to try again; {@code Content-Type: application/json; charset=UTF-8}; and the
   * JSON body {@code {"detail": "..."}}.
   */
  public static Refusal of(Decision.Deny deny) {
    return of(deny, dev.gatehouse.runtime.RefusalRenderer.detail());
  }

  /**
   * The answer to a {@link Decision.Deny} with the body of {@code renderer}: the same status and
   * headers as {@link #of(Decision.Deny)}, the renderer's {@code Content-Type} and body.
   */
  public static Refusal of(Decision.Deny deny, dev.gatehouse.runtime.RefusalRenderer renderer) {
    List<Header> headers = new ArrayList<>();
    deny.challenges().forEach(c -> headers.add(new Header("WWW-Authenticate", c)));
    headers.add(new Header("Cache-Control", "no-store"));
    deny.retryAfterSeconds().ifPresent(s -> headers.add(new Header("Retry-After", s)));
    headers.add(new Header("Content-Type", renderer.contentType()));
    return new Refusal(
        deny.status(), headers, renderer.body(deny).getBytes(StandardCharsets.UTF_8));
  }

  /** The status code: 400, 401, 403, 404, 429 or 503. */
  public int status() {
    return status;
  }

  /**
   * The header field lines in the order to write them; a name may repeat ({@code WWW-Authenticate},
   * one line per challenge). The first line of each name replaces any value the response already
   * holds for it (a filter that ran earlier may have set {@code Cache-Control}); the following
   * lines of that name are added.
   */
  public List<Header> headers() {
    return headers;
  }

  /** The body, UTF-8 JSON; a new array on every call. */
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    return "Refusal[" + status + ", " + headers + "]";
  }
}
