package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the end-to-end suites compare a refusal's {@code detail}: by its head. A refusal's detail is
 * a stable head a client may match on ({@code "Not authenticated"}, {@code "Invalid authentication
 * credentials"}, ...) followed by {@code "; "} and what was wrong and where; the runtime's
 * RefusalDetailTest pins those explanations word for word, these suites pin the decision.
 */
public final class Details {
  private Details() {}

  /** Whether {@code detail} is {@code head}, or {@code head} followed by an explanation. */
  public static boolean hasHead(String detail, String head) {
    return detail.equals(head)
        || (detail.startsWith(head + "; ") && !detail.substring(head.length() + 2).isBlank());
  }

  /** Asserts {@link #hasHead}. */
  public static void assertHead(String detail, String head) {
    assertThat(hasHead(detail, head))
        .as("detail \"%s\" has the head \"%s\"", detail, head)
        .isTrue();
  }

  /** The {@code detail} member of a {@code {"detail": ...}} body, or null when it is not one. */
  public static String detailOf(String body) {
    try {
      com.fasterxml.jackson.databind.JsonNode node =
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
      return node != null && node.size() == 1 && node.path("detail").isTextual()
          ? node.path("detail").asText()
          : null;
    } catch (java.io.IOException notJson) {
      return null;
    }
  }

  /** Asserts that {@code body} is exactly {@code {"detail": ...}} with the head {@code head}. */
  public static void assertDetailBody(String body, String head) {
    String detail = detailOf(body);
    assertThat(detail).as("a {\"detail\": ...} body: %s", body).isNotNull();
    assertHead(detail, head);
  }
}
