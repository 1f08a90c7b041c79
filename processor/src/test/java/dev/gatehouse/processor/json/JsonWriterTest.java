package dev.gatehouse.processor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The printer gives, byte for byte, what Jackson's pretty printer configured as the processor
 * configured it until 6 December 2026 gave: the layout of every golden document.
 */
class JsonWriterTest {
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** Jackson as OpenApiWriter used it, including the final newline it appended. */
  private static final ObjectWriter JACKSON = jackson();

  private static ObjectWriter jackson() {
    ObjectMapper mapper =
        new ObjectMapper()
            .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return mapper.writer(
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter));
  }

  @Test
  void printsRandomTreesExactlyAsJacksonsPrettyPrinterDid() throws Exception {
    for (long seed = 0; seed < 3_000; seed++) {
      JsonObject tree = new RandomJson(seed).object(5);
      byte[] expected =
          (JACKSON.writeValueAsString(toJackson(tree)) + "\n").getBytes(StandardCharsets.UTF_8);
      assertThat(JsonWriter.document(tree)).as("seed %d", seed).isEqualTo(expected);
    }
  }

  @Test
  void printsCompactlyExactlyAsJacksonDoes() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    for (long seed = 0; seed < 1_000; seed++) {
      JsonObject tree = new RandomJson(seed).object(5);
      assertThat(tree.toString())
          .as("seed %d", seed)
          .isEqualTo(plain.writeValueAsString(toJackson(tree)));
    }
  }

  @Test
  void escapesQuoteBackslashAndControlCharactersOnly() {
    JsonObject object = new JsonObject().put("s", "a\"b\\c/d\u0000\u001f\b\t\n\f\r\u007fé\u2028");
    assertThat(JsonWriter.print(object))
        .isEqualTo("{\n  \"s\": \"a\\\"b\\\\c/d\\u0000\\u001F\\b\\t\\n\\f\\r\u007fé\u2028\"\n}");
  }

  @Test
  void numbersPrintAsTheirJavaTypesDo() {
    JsonArray array =
        new JsonArray()
            .add(7)
            .add(-8L)
            .add(new BigDecimal("1E+3"))
            .add(new BigDecimal("0.50"))
            .add((Object) new BigInteger("123456789012345678901234567890"));
    assertThat(JsonWriter.print(array))
        .isEqualTo("[\n  7,\n  -8,\n  1E+3,\n  0.50,\n  123456789012345678901234567890\n]");
  }

  @Test
  void emptyContainersPrintOnOneLine() {
    JsonObject object = new JsonObject();
    object.putObject("o");
    object.putArray("a").addArray();
    assertThat(JsonWriter.print(object)).isEqualTo("{\n  \"o\": {},\n  \"a\": [\n    []\n  ]\n}");
  }

  @Test
  void keepsFirstPutOrderAndReplacesInPlace() {
    JsonObject object = new JsonObject().put("z", 1).put("a", 2).put("z", 3);
    assertThat(JsonWriter.print(object)).isEqualTo("{\n  \"z\": 3,\n  \"a\": 2\n}");
  }

  @Test
  void refusesTreesDeeperThanJacksonsWriteLimitInsteadOfOverflowingTheStack() throws Exception {
    JsonArray deepest = new JsonArray();
    JsonArray root = deepest;
    for (int i = 1; i < JsonWriter.MAX_DEPTH; i++) {
      root = new JsonArray().add((Object) root);
    }
    assertThat(JsonWriter.document(root))
        .isEqualTo(
            (JACKSON.writeValueAsString(toJackson(root)) + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(root.toString())
        .isEqualTo("[".repeat(JsonWriter.MAX_DEPTH) + "]".repeat(JsonWriter.MAX_DEPTH));

    JsonObject tooDeep = new JsonObject().set("a", root);
    assertThatThrownBy(() -> JsonWriter.document(tooDeep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("JSON nested deeper than 1000 levels");
    assertThatThrownBy(tooDeep::toString).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JACKSON.writeValueAsString(toJackson(tooDeep)))
        .hasMessageContaining("1000");
  }

  @Test
  void refusesValuesThatAreNotJson() {
    assertThatThrownBy(() -> new JsonObject().set("d", 1.5d))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Double");
    assertThatThrownBy(() -> new JsonArray().add((Object) Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new JsonObject().put(null, "x"))
        .isInstanceOf(NullPointerException.class);
  }

  static JsonNode toJackson(Object value) {
    if (value instanceof JsonObject object) {
      ObjectNode node = NODES.objectNode();
      object.members().forEach(e -> node.set(e.getKey(), toJackson(e.getValue())));
      return node;
    }
    if (value instanceof JsonArray array) {
      ArrayNode node = NODES.arrayNode();
      array.values().forEach(v -> node.add(toJackson(v)));
      return node;
    }
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof String s) {
      return NODES.textNode(s);
    }
    if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (value instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (value instanceof BigInteger b) {
      return NODES.numberNode(b);
    }
    return NODES.numberNode((BigDecimal) value);
  }
}
