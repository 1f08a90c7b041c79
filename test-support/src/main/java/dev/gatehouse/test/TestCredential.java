package dev.gatehouse.test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * What a test sends for one {@link TestCallers} caller: a random value that the test verifier of
 * its scheme maps to the caller's principal and scopes. Put {@link #value()} where the scheme reads
 * it (an API key's header, query parameter or cookie), or send {@link #authorization()} as the
 * {@code Authorization} field of a Bearer, OAuth2, OpenID Connect, Basic or other HTTP scheme.
 *
 * @param scheme the {@code schemeName} it is for
 * @param authScheme the {@code Authorization} scheme ({@code Bearer}, {@code Basic} ...), or empty
 *     for an API key
 * @param value the credential: the API key, the token, or the Basic user name
 */
public record TestCredential(String scheme, String authScheme, String value) {
  public TestCredential {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(authScheme, "authScheme");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The {@code Authorization} field value: {@code Bearer <value>}, {@code Basic} of {@code
   * <value>:test}, or {@code <scheme> <value>}.
   *
   * @throws IllegalStateException for an API key, which is no {@code Authorization} credential
   */
  public String authorization() {
    if (authScheme.isEmpty()) {
      throw new IllegalStateException(
          "scheme " + scheme + " is an API key: send value() where the scheme reads it");
    }
    if (authScheme.equals("Basic")) {
      return "Basic "
          + Base64.getEncoder().encodeToString((value + ":test").getBytes(StandardCharsets.UTF_8));
    }
    return authScheme + " " + value;
  }
}
