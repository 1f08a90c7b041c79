package dev.gatehouse.runtime;

import java.util.Locale;

/**
 * Writes the body of a refusal. The status, the {@code WWW-Authenticate} challenges, {@code
 * Cache-Control} and {@code Retry-After} stay Gatehouse's: they are the security contract; only the
 * body and its media type are the renderer's.
 *
 * <p>The generated document describes the 401/403 bodies of one of the two built-in renderers,
 * chosen at compile time with the processor option {@code -Agatehouse.refusals=detail|problem};
 * {@link Gatehouse.Builder#build()} uses that one by default, and refuses to start with a renderer
 * whose {@link #contentType()} differs from what the document promises.
 */
public interface RefusalRenderer {

  /** The body's media type, such as {@code application/problem+json}. */
  String contentType();

  /** The body of {@code deny}, UTF-8 text; {@code deny.detail()} never holds request data. */
  String body(Decision.Deny deny);

  /** FastAPI's {@code {"detail": "..."}}, as {@code application/json}: the default. */
  static RefusalRenderer detail() {
    return Renderers.DETAIL;
  }

  /**
   * RFC 9457 problem details, as {@code application/problem+json}: {@code type} ({@code
   * about:blank}), {@code title} (the status's reason phrase), {@code status}, {@code detail} and
   * the extension member {@code reason} (the {@link Decision.Reason#code()}).
   */
  static RefusalRenderer problemDetails() {
    return Renderers.PROBLEM;
  }

  /** The two built-in renderers. */
  final class Renderers {
    private static final RefusalRenderer DETAIL =
        new RefusalRenderer() {
          @Override
          public String contentType() {
            return Decision.Deny.CONTENT_TYPE;
          }

          @Override
          public String body(Decision.Deny deny) {
            return deny.body();
          }

          @Override
          public String toString() {
            return "RefusalRenderer[detail]";
          }
        };

    private static final RefusalRenderer PROBLEM =
        new RefusalRenderer() {
          @Override
          public String contentType() {
            return "application/problem+json";
          }

          @Override
          public String body(Decision.Deny deny) {
            return "{\"type\":\"about:blank\",\"title\":\""
                + title(deny.status())
                + "\",\"status\":"
                + deny.status()
                + ",\"detail\":"
                + quoted(deny.detail())
                + ",\"reason\":\""
                + deny.reason().code()
                + "\"}";
          }

          @Override
          public String toString() {
            return "RefusalRenderer[problem]";
          }
        };

    private Renderers() {}

    static String title(int status) {
      return switch (status) {
        case 400 -> "Bad Request";
        case 401 -> "Unauthorized";
        case 403 -> "Forbidden";
        case 404 -> "Not Found";
        case 429 -> "Too Many Requests";
        case 503 -> "Service Unavailable";
        default -> "Error";
      };
    }

    static String quoted(String text) {
      StringBuilder out = new StringBuilder("\"");
      for (char c : text.toCharArray()) {
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      return out.append('"').toString();
    }
  }
}
