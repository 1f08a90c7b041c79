package dev.gatehouse.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.processor.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The writer prints one exact format whatever the platform. */
class OpenApiWriterTest {

  @Test
  void twoSpaceIndentLfLineEndsColonSpaceAndFinalNewline() {
    JsonObject doc = new JsonObject();
    doc.put("b", "é");
    doc.putObject("empty");
    doc.putArray("none");
    doc.putArray("list").add(1).add("x");
    doc.putObject("nested").put("a", true);

    String text = new String(new OpenApiWriter().write(doc), StandardCharsets.UTF_8);

    assertThat(text)
        .isEqualTo(
            "{\n"
                + "  \"b\": \"é\",\n"
                + "  \"empty\": {},\n"
                + "  \"none\": [],\n"
                + "  \"list\": [\n"
                + "    1,\n"
                + "    \"x\"\n"
                + "  ],\n"
                + "  \"nested\": {\n"
                + "    \"a\": true\n"
                + "  }\n"
                + "}\n");
  }

  @Test
  void keysKeepInsertionOrder() {
    JsonObject doc = new JsonObject();
    doc.put("z", 1);
    doc.put("a", 2);

    assertThat(new String(new OpenApiWriter().write(doc), StandardCharsets.UTF_8))
        .startsWith("{\n  \"z\": 1,\n  \"a\": 2\n}");
  }
}
