package dev.gatehouse.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The validator behind {@code ExampleServiceTest}: its schemas are the vendored ones, and it
 * rejects.
 */
class OpenApiSchemaValidatorTest {

  @Test
  @DisplayName("every copied schema has the SHA-256 the README lists")
  void vendoredBytes() throws Exception {
    String readme = resource("/schemas/README.md");
    Map<String, String> listed = new HashMap<>();
    Matcher m = Pattern.compile("(?m)^([0-9a-f]{64})  (v3\\.1/\\S+)$").matcher(readme);
    while (m.find()) {
      listed.put("/schemas/" + m.group(2), m.group(1));
    }
    assertThat(listed.keySet())
        .containsExactlyInAnyOrderElementsOf(OpenApiSchemaValidator.RESOURCES.values());
    for (Map.Entry<String, String> e : listed.entrySet()) {
      assertThat(sha256(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
    }
  }

  @Test
  @DisplayName("a minimal 3.1 document is valid")
  void minimalDocument() {
    assertThat(
            OpenApiSchemaValidator.messages(
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{}}"))
        .isEmpty();
  }

  @Test
  @DisplayName("an oauth2 scheme without flows and a bad Schema Object type are reported")
  void brokenDocument() {
    assertThat(
            OpenApiSchemaValidator.messages(
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},"
                    + "\"components\":{\"securitySchemes\":{\"x\":{\"type\":\"oauth2\"}}}}"))
        .isNotEmpty();
    assertThat(
            OpenApiSchemaValidator.messages(
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},"
                    + "\"components\":{\"schemas\":{\"s\":{\"type\":\"strin\"}}}}"))
        .isNotEmpty();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OpenApiSchemaValidatorTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String sha256(String name) throws IOException, NoSuchAlgorithmException {
    try (InputStream in = OpenApiSchemaValidatorTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
    }
  }
}
