package dev.gatehouse.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The document the processor wrote while Maven compiled this module: on the class path at the
 * MicroProfile location, byte-identical to the reviewed golden copy.
 */
class GeneratedDocumentTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void documentIsOnTheClassPathAndMatchesTheGolden() throws IOException {
    String generated = resource("META-INF/openapi.json");
    String golden = resource("golden/openapi.json");

    assertThat(JSON.readTree(generated)).isEqualTo(JSON.readTree(golden));
    assertThat(generated).isEqualTo(golden);
  }

  @Test
  void everyDeclaredCombinationIsDocumented() throws IOException {
    JsonNode doc = JSON.readTree(resource("META-INF/openapi.json"));

    assertThat(doc.at("/info/title").asText()).isEqualTo("Gatehouse integration tests");
    assertThat(doc.at("/paths/~1items~1{id}/get/security").toString())
        .isEqualTo("[{\"APIKeyHeader\":[]},{\"HTTPBearer\":[]}]");
    assertThat(doc.at("/paths/~1both/get/security").toString())
        .isEqualTo("[{\"APIKeyHeader\":[],\"HTTPBearer\":[]}]");
    assertThat(doc.at("/paths/~1maybe/get/security").toString())
        .isEqualTo("[{\"HTTPBearer\":[]},{}]");
    assertThat(doc.at("/paths/~1hello/get/security").toString()).isEqualTo("[]");
    assertThat(doc.at("/paths/~1users~1me~1items/get/security").toString())
        .isEqualTo("[{\"OAuth2PasswordBearer\":[\"items\",\"me\"]}]");
    assertThat(
            doc.at("/components/securitySchemes/KeycloakDpop/x-gatehouse-token-binding").toString())
        .isEqualTo("[\"DPoP\"]");
    assertThat(
            doc.at("/components/securitySchemes/KeycloakMtls/x-gatehouse-token-binding").toString())
        .isEqualTo("[\"mTLS\"]");
    assertThat(doc.at("/components/securitySchemes").fieldNames())
        .toIterable()
        .containsExactly(
            "APIKeyHeader",
            "CookieKey",
            "HTTPBase",
            "HTTPBasic",
            "HTTPBearer",
            "HTTPDigest",
            "KeycloakDpop",
            "KeycloakMtls",
            "KeycloakOAuth2",
            "KeycloakOidc",
            "OAuth2PasswordBearer",
            "OpenIdConnect",
            "QueryKey");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GeneratedDocumentTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
