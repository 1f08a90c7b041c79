package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
