package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.processor.json.JsonReader;
import dev.gatehouse.processor.json.JsonWriter;
import dev.gatehouse.processor.parse.StoredDoc;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The incremental index reads back what it wrote, and what earlier Gatehouse builds wrote. */
class IncrementalIndexTest {

  private static IncrementalIndex sample() {
    TreeMap<String, StoredDoc> docs = new TreeMap<>();
    docs.put(
        "p.Pets#list(int)",
        new StoredDoc(
            "Lists \"pets\".\nAll of them.",
            Map.of("limit", "At most this many."),
            "the pets",
            true,
            List.of("limit")));
    docs.put("p.Pets", new StoredDoc("Pets é", Map.of(), "", false, List.of()));
    return new IncrementalIndex(Set.of("p.Pets", "p.Owners"), Set.of("p.Schemes"), docs);
  }

  @Test
  void readsBackWhatItWrote() throws Exception {
    IncrementalIndex index = sample();
    String text = new String(JsonWriter.document(index.toJson()), StandardCharsets.UTF_8);

    assertThat(IncrementalIndex.parse(JsonReader.read(text))).isEqualTo(index);
  }

  /** An output directory last compiled by a Gatehouse whose index Jackson printed. */
  @Test
  void readsTheIndexEarlierBuildsWrote() throws Exception {
    String earlier =
        """
        {
          "format" : 1,
          "endpoints" : [ "p.Owners", "p.Pets" ],
          "schemeHolders" : [ "p.Schemes" ],
          "docs" : {
            "p.Pets" : {
              "text" : "Pets é",
              "params" : { },
              "returns" : "",
              "deprecated" : false,
              "parameterNames" : [ ]
            },
            "p.Pets#list(int)" : {
              "text" : "Lists \\"pets\\".\\nAll of them.",
              "params" : {
                "limit" : "At most this many."
              },
              "returns" : "the pets",
              "deprecated" : true,
              "parameterNames" : [ "limit" ]
            }
          }
        }""";

    assertThat(IncrementalIndex.parse(JsonReader.read(earlier))).isEqualTo(sample());
  }

  @Test
  void anotherFormatOrShapeIsAnEmptyIndex() throws Exception {
    assertThat(IncrementalIndex.parse(JsonReader.read("{\"format\": 2, \"endpoints\": [\"a.B\"]}")))
        .isEqualTo(IncrementalIndex.EMPTY);
    assertThat(IncrementalIndex.parse(JsonReader.read("[1]"))).isEqualTo(IncrementalIndex.EMPTY);
    assertThat(IncrementalIndex.parse(JsonReader.read("{\"format\": \"1\"}")))
        .isEqualTo(IncrementalIndex.EMPTY);
  }
}
