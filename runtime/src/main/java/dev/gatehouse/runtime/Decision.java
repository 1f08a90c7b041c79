package dev.gatehouse.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one decision Gatehouse makes per request: let it in (with the verified callers, if any) or
 * refuse it with a status, challenges and a JSON body that an adapter writes as they are.
 */
public sealed interface Decision permits Decision.Allow, Decision.Deny {

  /**
   * The request may reach the endpoint.
   *
   * @param authentications the callers verified by the satisfied requirement, in document order;
   *     empty for an anonymous caller of an optional or public operation
   */
  record Allow(List<Authentication> authentications) implements Decision {
    public Allow {
      authentications = List.copyOf(authentications);
    }

    /** The first verified caller, the request's principal; empty when anonymous. */
    public Optional<Authentication> principal() {
      return authentications.stream().findFirst();
    }
  }

  /**
   * The request is refused: {@link #status()}, one {@code WWW-Authenticate} field line per
   * challenge, {@code Cache-Control: no-store}, and {@link #body()} as {@link #CONTENT_TYPE}, which
   * adapters write as {@link dev.gatehouse.runtime.spi.Refusal#of(Deny)} lists them.
   *
   * @param status 400, 401, 403, 429 or 503
   * @param challenges the {@code WWW-Authenticate} values, most preferred first
   * @param detail a fixed-vocabulary explanation, never request data
   */
  record Deny(int status, List<String> challenges, String detail, Duration retryAfter)
      implements Decision {
    /** The body's media type. */
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    public Deny {
      challenges = List.copyOf(challenges);
      Objects.requireNonNull(detail, "detail");
    }

    /** A refusal without {@code Retry-After}. */
    public Deny(int status, List<String> challenges, String detail) {
      this(status, challenges, detail, null);
    }

    /**
     * The {@code Retry-After} value in whole seconds (at least 1), for a 503 or 429 whose verifier
     * said when to try again; empty otherwise.
     */
    public java.util.Optional<String> retryAfterSeconds() {
      return retryAfter == null
          ? java.util.Optional.empty()
          : java.util.Optional.of(String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }

    /** The JSON body, {@code {"detail": "..."}}, as FastAPI writes it. */
    public String body() {
      StringBuilder out = new StringBuilder("{\"detail\":\"");
      for (char c : detail.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.append("\"}").toString();
    }
  }
}
