package dev.gatehouse.runtime;

import java.util.Objects;

/**
 * An API key exactly as sent in its declared header, query parameter or cookie.
 *
 * @param key the key: header value without surrounding whitespace, query value percent-decoded
 *     once, or cookie value with one pair of double quotes removed
 */
public record ApiKey(String key) implements Credential {

  /** Checks that the key is present. */
  public ApiKey {
    Objects.requireNonNull(key, "key");
  }

  /** Describes the key without revealing it. */
  @Override
  public String toString() {
    return "ApiKey[key=****]";
  }
}
