package dev.gatehouse.runtime.token;

import java.util.Objects;

/**
 * A token request that {@link TokenRequestForm} refuses. Its message is the {@code
 * error_description} sent to the client: the error's fixed description, or one that says what is
 * wrong and where (a byte offset, a parameter name from RFC 6749's vocabulary), never request data
 * that could be secret.
 */
public final class TokenRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final TokenError error;

  /** Refuses a request for {@code error}. */
  public TokenRequestException(TokenError error) {
    this(error, Objects.requireNonNull(error, "error").description());
  }

  /**
   * Refuses a request for {@code error}, telling the client more than the fixed description: a
   * sentence of RFC 6749's {@code error_description} characters (printable ASCII without {@code "}
   * and {@code \}) that holds no secret request data.
   */
  TokenRequestException(TokenError error, String description) {
    // No stack trace: this is an expected outcome of parsing hostile input, not a bug.
    super(checked(description), null, false, false);
    this.error = Objects.requireNonNull(error, "error");
  }

  private static String checked(String description) {
    for (int i = 0; i < description.length(); i++) {
      char c = description.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        throw new IllegalArgumentException("an error_description must be RFC 6749 characters");
      }
    }
    return description;
  }

  /** The {@code error_description} the client receives. */
  public String description() {
    return getMessage();
  }

  /** Why the request was refused. */
  public TokenError error() {
    return error;
  }
}
