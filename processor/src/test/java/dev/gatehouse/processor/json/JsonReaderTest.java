package dev.gatehouse.processor.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The reader takes back what the writer printed, and refuses what is not one JSON value. */
class JsonReaderTest {

  @Test
  void readsBackWhatTheWriterPrinted() throws Exception {
    for (long seed = 0; seed < 3_000; seed++) {
      JsonObject tree = normalised(new RandomJson(seed).object(5));
      String text = JsonWriter.print(tree);
      assertThat(JsonReader.read(text)).as("seed %d", seed).isEqualTo(tree);
    }
  }

  @Test
  void readsWhatJacksonWritesCompactly() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (long seed = 0; seed < 1_000; seed++) {
      JsonObject tree = normalised(new RandomJson(seed).object(4));
      String compact = mapper.writeValueAsString(JsonWriterTest.toJackson(tree));
      assertThat(JsonReader.read(compact)).as("seed %d", seed).isEqualTo(tree);
    }
  }

  @Test
  void readsEscapesIncludingSurrogatePairs() throws Exception {
    assertThat(JsonReader.read(" \"a\\/\\u00e9\\uD83D\\uDE00\\b\\f\\n\\r\\t\\\"\\\\\" "))
        .isEqualTo("a/é\uD83D\uDE00\b\f\n\r\t\"\\");
  }

  @Test
  void readsNumbersAsLongBigIntegerOrBigDecimal() throws Exception {
    assertThat(JsonReader.read("[1, -0, 9223372036854775807, 9223372036854775808, 1.50, 2e3]"))
        .isEqualTo(
            new JsonArray()
                .add(1L)
                .add(0L)
                .add(Long.MAX_VALUE)
                .add((Object) new BigInteger("9223372036854775808"))
                .add(new BigDecimal("1.50"))
                .add(new BigDecimal("2e3")));
  }

  @Test
  void refusesWhatIsNotOneJsonValue() {
    String[] malformed = {
      "",
      " ",
      "{",
      "{\"a\":1,}",
      "[1,]",
      "[1 2]",
      "{\"a\" 1}",
      "{a:1}",
      "{\"a\":1,\"a\":2}",
      "01",
      "1.",
      ".5",
      "-",
      "1e",
      "+1",
      "tru",
      "nul",
      "\"open",
      "\"tab\there\"",
      "\"\\x\"",
      "\"\\u12\"",
      "\"\\u12G4\"",
      "\"\\uD83D\"",
      "\"\\uD83Dx\"",
      "\"\\uDE00\"",
      "{} {}",
      "// comment\n{}",
      "[" + "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH + 1),
    };
    for (String text : malformed) {
      assertThatThrownBy(() -> JsonReader.read(text))
          .as(text)
          .isInstanceOf(JsonReader.MalformedJsonException.class)
          .hasMessageContaining("at offset");
    }
  }

  @Test
  void acceptsNestingUpToTheLimit() throws Exception {
    String text = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertThat(JsonReader.read(text)).isInstanceOf(JsonArray.class);
  }

  /** The tree as the reader gives it back: integers as Long or BigInteger. */
  private static JsonObject normalised(JsonObject tree) throws Exception {
    return (JsonObject) normalise(tree);
  }

  private static Object normalise(Object value) {
    if (value instanceof JsonObject object) {
      JsonObject out = new JsonObject();
      object.members().forEach(e -> out.set(e.getKey(), normalise(e.getValue())));
      return out;
    }
    if (value instanceof JsonArray array) {
      JsonArray out = new JsonArray();
      array.values().forEach(v -> out.add(normalise(v)));
      return out;
    }
    if (value instanceof Integer i) {
      return (long) i;
    }
    if (value instanceof BigDecimal d && d.scale() == 0) {
      value = d.toBigInteger(); // printed without a point or an exponent: read as an integer
    }
    if (value instanceof BigInteger b && b.bitLength() < 64) {
      return b.longValue();
    }
    return value;
  }
}
