package dev.gatehouse.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A FastAPI service ported to Gatehouse produces the same {@code components.securitySchemes} and
 * per-operation {@code security} as FastAPI itself (compared as JSON values, as FastAPI's own tests
 * do).
 */
class FastApiParityTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @CsvSource({"tutorial, tutorial005.json", "fastapi-schemes, scheme-objects.json"})
  void sameSchemesAndRequirementsAsFastApi(String sources, String fastApi) throws IOException {
    JsonNode expected = resource("fastapi/" + fastApi);
    byte[] bytes =
        Sources.generated(
                Sources.compile(java.util.List.of(), Sources.folder("good/" + sources)),
                Sources.OPENAPI)
            .orElseThrow();
    JsonNode document = JSON.readTree(bytes);

    assertThat(document.at("/components/securitySchemes"))
        .isEqualTo(expected.get("securitySchemes"));
    Iterator<Map.Entry<String, JsonNode>> operations = expected.get("security").fields();
    int count = 0;
    while (operations.hasNext()) {
      Map.Entry<String, JsonNode> operation = operations.next();
      String[] methodAndPath = operation.getKey().split(" ", 2);
      JsonNode op = document.get("paths").get(methodAndPath[1]).get(methodAndPath[0].toLowerCase());
      assertThat(op).as(operation.getKey()).isNotNull();
      JsonNode security = op.has("security") ? op.get("security") : NullNode.getInstance();
      assertThat(security).as(operation.getKey()).isEqualTo(operation.getValue());
      count++;
    }
    int documented = 0;
    for (JsonNode pathItem : document.get("paths")) {
      documented += pathItem.size();
    }
    assertThat(documented).isEqualTo(count);
  }

  private static JsonNode resource(String name) throws IOException {
    try (InputStream in = FastApiParityTest.class.getClassLoader().getResourceAsStream(name)) {
      return JSON.readTree(in);
    }
  }
}
