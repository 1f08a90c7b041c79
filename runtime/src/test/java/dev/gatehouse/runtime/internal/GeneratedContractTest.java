package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The named factories generated code calls mean exactly what the canonical constructors mean. */
class GeneratedContractTest {

  @Test
  void apiKeyFactoriesNameTheirPlace() {
    var header = Extractors.apiKeyHeader("X-Key");
    assertThat(SchemeDefinition.apiKeyHeader("K", "X-Key", header))
        .isEqualTo(new SchemeDefinition("K", SchemeKind.API_KEY, "", "", header, "header:x-key"));
    var query = Extractors.apiKeyQuery("key");
    assertThat(SchemeDefinition.apiKeyQuery("Q", "key", query))
        .isEqualTo(new SchemeDefinition("Q", SchemeKind.API_KEY, "", "", query, "query:key"));
    var cookie = Extractors.apiKeyCookie("session");
    assertThat(SchemeDefinition.apiKeyCookie("C", "session", cookie))
        .isEqualTo(new SchemeDefinition("C", SchemeKind.API_KEY, "", "", cookie, "cookie:session"));
  }

  @Test
  void authorizationFactoriesSetKindRealmAndSchemeWord() {
    var basic = Extractors.basic();
    assertThat(SchemeDefinition.basic("B", "shop", basic))
        .isEqualTo(new SchemeDefinition("B", SchemeKind.BASIC, "shop", "", basic));
    var bearer = Extractors.bearer();
    assertThat(SchemeDefinition.bearer("T", bearer))
        .isEqualTo(new SchemeDefinition("T", SchemeKind.BEARER, "", "", bearer));
    assertThat(SchemeDefinition.oauth2("O", bearer))
        .isEqualTo(new SchemeDefinition("O", SchemeKind.OAUTH2, "", "", bearer));
    assertThat(SchemeDefinition.openIdConnect("I", bearer))
        .isEqualTo(new SchemeDefinition("I", SchemeKind.OPEN_ID_CONNECT, "", "", bearer));
    var digest = Extractors.digest();
    assertThat(SchemeDefinition.digest("D", digest))
        .isEqualTo(new SchemeDefinition("D", SchemeKind.DIGEST, "", "", digest));
    var hoba = Extractors.httpScheme("HOBA");
    assertThat(SchemeDefinition.http("H", "HOBA", hoba))
        .isEqualTo(new SchemeDefinition("H", SchemeKind.HTTP, "", "HOBA", hoba));
  }

  @Test
  void requiredAndOptionalSayWhatTheBooleanSaid() {
    var alternative = List.of(SchemeRequirement.of("T", "read"));
    assertThat(OperationSecurity.required("get()", "GET", "/x", alternative))
        .isEqualTo(OperationSecurity.required("get()", "GET", "/x", false, alternative));
    assertThat(OperationSecurity.optional("get()", "GET", "/x", alternative))
        .isEqualTo(OperationSecurity.required("get()", "GET", "/x", true, alternative));
  }

  @Test
  void tableRowsReadAsTheDocumentsSecurityArray() {
    var key = SchemeRequirement.of("APIKeyHeader");
    var bearer = SchemeRequirement.of("HTTPBearer", "read", "write");
    var basic = SchemeRequirement.of("HTTPBasic");

    assertThat(
            OperationTable.read(
                new String[][] {
                  {"open()", "GET", "/open"},
                  {"one()", "GET", "/one", "APIKeyHeader"},
                  {"either()", "GET", "/either", "APIKeyHeader", "|", "HTTPBearer read write"},
                  {
                    "both()",
                    "POST",
                    "/both",
                    "APIKeyHeader",
                    "&",
                    "HTTPBearer read write",
                    "|",
                    "HTTPBasic"
                  },
                  {"maybe()", "GET", "/maybe", "HTTPBasic", "|", "{}"},
                  // A scope may be "&" or "{}": inside a requirement it is only a scope.
                  {"odd()", "GET", "/odd", "HTTPBearer & {}"},
                }))
        .containsExactly(
            OperationSecurity.open("open()", "GET", "/open"),
            OperationSecurity.required("one()", "GET", "/one", List.of(key)),
            OperationSecurity.required("either()", "GET", "/either", List.of(key), List.of(bearer)),
            OperationSecurity.required(
                "both()", "POST", "/both", List.of(key, bearer), List.of(basic)),
            OperationSecurity.optional("maybe()", "GET", "/maybe", List.of(basic)),
            OperationSecurity.required(
                "odd()", "GET", "/odd", List.of(SchemeRequirement.of("HTTPBearer", "&", "{}"))));
  }

  @Test
  void malformedRowsFailWhenTheGlueInitialises() {
    for (String[] row :
        List.of(
            new String[] {"m()", "GET"},
            new String[] {"m()", "GET", "/", "A", "B"},
            new String[] {"m()", "GET", "/", "A", "&"},
            new String[] {"m()", "GET", "/", "|", "A"},
            new String[] {"m()", "GET", "/", "{}"},
            new String[] {"m()", "GET", "/", "A", "|", "{}", "|", "B"},
            new String[] {"m()", "GET", "/", "A  read"},
            new String[] {"m()", "GET", "/", "A", "&", "& read"})) {
      assertThatThrownBy(() -> OperationTable.read(new String[][] {row}))
          .as(String.join(",", row))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("malformed generated operation row");
    }
  }
}
