package dev.gatehouse.runtime.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
