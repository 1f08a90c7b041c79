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
   * @param headers response header lines every adapter sets on the answer before the endpoint runs,
   *     such as a fresh {@code DPoP-Nonce} (RFC 9449 section 8.2); usually none
   */
  record Allow(
      List<Authentication> authentications, List<dev.gatehouse.runtime.spi.Refusal.Header> headers)
      implements Decision {
    public Allow {
      authentications = List.copyOf(authentications);
      headers = List.copyOf(headers);
    }

    /** An allowed request without response headers. */
    public Allow(List<Authentication> authentications) {
      this(authentications, List.of());
    }

    /** The first verified caller, the request's principal; empty when anonymous. */
    public Optional<Authentication> principal() {
      return authentications.isEmpty() ? Optional.empty() : Optional.of(authentications.get(0));
    }

    /** Every verified caller, with the required scopes and typed principals, as one object. */
    public Caller caller() {
      return Caller.of(authentications);
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
   * @param reason why, as a stable code for listeners and detail texts
   * @param headers further response header lines, such as {@code DPoP-Nonce} (RFC 9449 section 8);
   *     never request data
   */
  record Deny(
      int status,
      List<String> challenges,
      String detail,
      Duration retryAfter,
      Reason reason,
      List<dev.gatehouse.runtime.spi.Refusal.Header> headers)
      implements Decision {
    /** The body's media type. */
    public static final String CONTENT_TYPE = "application/json; charset=UTF-8";

    public Deny {
      challenges = List.copyOf(challenges);
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(reason, "reason");
      headers = List.copyOf(headers);
    }

    /** A refusal without further headers. */
    public Deny(
        int status, List<String> challenges, String detail, Duration retryAfter, Reason reason) {
      this(status, challenges, detail, retryAfter, reason, List.of());
    }

    /** A refusal whose reason follows from its status and detail's head. */
    public Deny(int status, List<String> challenges, String detail, Duration retryAfter) {
      this(status, challenges, detail, retryAfter, Reason.of(status, detail));
    }

    /** A refusal without {@code Retry-After}. */
    public Deny(int status, List<String> challenges, String detail) {
      this(status, challenges, detail, null);
    }

    /** The same refusal with another detail text (an application's own, per reason). */
    public Deny withDetail(String text) {
      return new Deny(status, challenges, text, retryAfter, reason, headers);
    }

    /** The same refusal with one more response header line. */
    public Deny withHeader(String name, String value) {
      List<dev.gatehouse.runtime.spi.Refusal.Header> more = new java.util.ArrayList<>(headers);
      more.add(new dev.gatehouse.runtime.spi.Refusal.Header(name, value));
      return new Deny(status, challenges, detail, retryAfter, reason, more);
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

  /** Why a request was refused: a stable code, for listeners, metrics and detail texts. */
  enum Reason {
    /** 401: no usable credential was sent. */
    NOT_AUTHENTICATED,
    /** 401: a credential was malformed or rejected by its verifier. */
    INVALID_CREDENTIALS,
    /** 400: credentials that could be read more than one way, or an unroutable path. */
    INVALID_REQUEST,
    /** 403: verified, but without the scopes the operation requires. */
    INSUFFICIENT_SCOPE,
    /**
     * 401: a verified token whose user authentication does not meet the operation's step-up
     * requirement ({@code @StepUp}, RFC 9470): another {@code acr}, or too old.
     */
    INSUFFICIENT_USER_AUTHENTICATION,
    /** 429: too many failed attempts. */
    THROTTLED,
    /** 503: a verifier could not decide. */
    UNAVAILABLE,
    /** 404: no Gatehouse operation (adapters that serve operations only). */
    NOT_FOUND;

    /** The code in lower case, such as {@code insufficient_scope}. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Reason of(int status, String detail) {
      return switch (status) {
        case 401 ->
            detail.startsWith("Not authenticated")
                ? NOT_AUTHENTICATED
                : detail.startsWith("Insufficient user authentication")
                    ? INSUFFICIENT_USER_AUTHENTICATION
                    : INVALID_CREDENTIALS;
        case 403 -> INSUFFICIENT_SCOPE;
        case 404 -> NOT_FOUND;
        case 429 -> THROTTLED;
        case 503 -> UNAVAILABLE;
        default -> INVALID_REQUEST;
      };
    }
  }
}
