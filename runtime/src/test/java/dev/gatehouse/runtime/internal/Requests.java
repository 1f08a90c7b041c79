package dev.gatehouse.runtime.internal;

import dev.gatehouse.runtime.RequestView;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the requests the extractor tests send. */
final class Requests {

  private Requests() {}

  /** A GET request with one {@code Authorization} line per value. */
  static SimpleRequest authorization(String... values) {
    SimpleRequest.Builder builder = SimpleRequest.builder();
    for (String value : values) {
      builder.header("Authorization", value);
    }
    return builder.build();
  }

  /** A GET request with these header name/value pairs. */
  static SimpleRequest headers(String... nameValuePairs) {
    SimpleRequest.Builder builder = SimpleRequest.builder();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      builder.header(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return builder.build();
  }

  /**
   * A {@code method} request to {@code /} without a query whose field lines are whatever {@code
   * headers} answers for a name (null, a list holding null, or a throw: what a faulty adapter
   * does).
   */
  static RequestView view(String method, Function<String, List<String>> headers) {
    return new RequestView() {
      @Override
      public String method() {
        return method;
      }

      @Override
      public String path() {
        return "/";
      }

      @Override
      public Optional<String> rawQuery() {
        return Optional.empty();
      }

      @Override
      public List<String> headers(String name) {
        return headers.apply(name);
      }
    };
  }

  /** A GET request with this raw query. */
  static SimpleRequest query(String rawQuery) {
    return SimpleRequest.builder().rawQuery(rawQuery).build();
  }

  /** Standard base64 of the UTF-8 bytes of {@code text}. */
  static String base64(String text) {
    return base64(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Standard base64 of {@code bytes}. */
  static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /** {@code Basic <base64(userPass as UTF-8)>}. */
  static String basic(String userPass) {
    return "Basic " + base64(userPass);
  }
}
