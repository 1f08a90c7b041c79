package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Broken or hostile introspection answers from a loopback endpoint: each is an endpoint failure
 * (503 with {@code Retry-After}, in fixed words that never echo the answer), never an accepted
 * token and never an unexpected exception.
 */
class IntrospectionHostileResponseTest {
  private static final String TOKEN = "opaque-token";
  private final IntrospectionServer server = new IntrospectionServer();

  @AfterEach
  void stop() {
    server.close();
  }

  private IntrospectionVerifier verifier() {
    return IntrospectionVerifier.builder()
        .endpoint(server.url())
        .clientCredentials("rs", "secret")
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .clock(new MutableClock(T0))
        .timeouts(Duration.ofSeconds(1), Duration.ofMillis(500))
        .failureBudget(100, Duration.ofSeconds(1))
        .build();
  }

  private void assertUnavailable(String why) {
    assertThatThrownBy(() -> verifier().check(TOKEN))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageStartingWith("Token introspection at " + server.url() + " failed: ")
        .hasMessageContaining(why)
        .hasMessageNotContaining(TOKEN)
        .satisfies(
            e -> assertThat(((IntrospectionUnavailableException) e).retryAfter()).isPositive());
  }

  @Test
  void malformedJsonAnswersAreEndpointFailures() {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("active as a string", "{\"active\":\"true\"}");
    answers.put("active as a number", "{\"active\":1,\"sub\":\"x\"}");
    answers.put("active null", "{\"active\":null}");
    answers.put("no active", "{\"sub\":\"alice\",\"exp\":" + (T0 + 60) + "}");
    answers.put("an array", "[{\"active\":true}]");
    answers.put("a bare literal", "true");
    answers.put("empty", "");
    answers.put("truncated", "{\"active\":true,\"sub\":");
    answers.put("not JSON", "<html>OK</html>");
    answers.put(
        "a number beyond double",
        IntrospectionVerifierTest.active(s -> s.replace("\"exp\":" + (T0 + 300), "\"exp\":1e400")));
    answers.put(
        "deep nesting", "{\"active\":true,\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}");
    for (Map.Entry<String, String> answer : answers.entrySet()) {
      server.answer(answer.getValue());
      assertThatThrownBy(() -> verifier().check(TOKEN))
          .as(answer.getKey())
          .isInstanceOf(IntrospectionUnavailableException.class)
          .hasMessageContaining("introspection response")
          .hasMessageNotContaining(answer.getValue().isEmpty() ? TOKEN : answer.getValue());
    }
  }

  @Test
  void anActiveAnswerWithoutExpIsRefusedNotCached() throws Exception {
    server.answer(IntrospectionVerifierTest.active(s -> s.replace(",\"exp\":" + (T0 + 300), "")));
    IntrospectionVerifier verifier = verifier();
    assertThat(verifier.check(TOKEN).rejection()).contains(JwtRejection.MISSING_CLAIM);
  }

  @Test
  void aWrongContentTypeIsRefused() {
    server.answer(200, "text/html", IntrospectionVerifierTest.active());
    assertUnavailable("a Content-Type other than application/json");
    server.answer(200, "application/jwt", IntrospectionVerifierTest.active());
    assertUnavailable("a Content-Type other than application/json");
  }

  @Test
  void aHugeAnswerIsCutOffWithOrWithoutContentLength() {
    String huge = "{\"active\":true,\"pad\":\"" + "x".repeat(200_000) + "\"}";
    server.answer(huge);
    assertUnavailable("larger than 65536 bytes");
    server.chunked(true);
    assertUnavailable("larger than 65536 bytes");
  }

  @Test
  void aSlowAnswerTimesOut() {
    server.answer(IntrospectionVerifierTest.active()).drip(true);
    assertUnavailable("did not answer in time");
  }

  @Test
  void redirectsAndErrorsAreNotFollowed() {
    server.answer(302, "application/json", IntrospectionVerifierTest.active());
    assertUnavailable("it answered HTTP 302 (redirects are not followed)");
    server.answer(400, "application/json", "{\"error\":\"invalid_request\"}");
    assertUnavailable("it answered HTTP 400");
  }

  @Test
  void invalidUtf8IsRefused() {
    byte[] bytes = "{\"active\":true,\"sub\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
    server.answerBytes(200, "application/json", bytes);
    assertUnavailable("not UTF-8");
  }

  @Test
  void anActiveAnswerWithHostileClaimsIsRefusedForTheToken() throws Exception {
    Map<String, JwtRejection> answers = new LinkedHashMap<>();
    answers.put(
        IntrospectionVerifierTest.active(s -> s.replace("\"alice\"", "null")),
        JwtRejection.MISSING_CLAIM);
    answers.put(
        IntrospectionVerifierTest.active(s -> s.replace("\"alice\"", "[\"alice\"]")),
        JwtRejection.INVALID_CLAIM);
    answers.put(
        IntrospectionVerifierTest.active(s -> s.replace("\"exp\":" + (T0 + 300), "\"exp\":-1")),
        JwtRejection.INVALID_CLAIM);
    answers.put(
        IntrospectionVerifierTest.active(s -> s.replace("\"read write\"", "\"read\\u0000\"")),
        JwtRejection.INVALID_CLAIM);
    answers.put(
        IntrospectionVerifierTest.active(
            s -> s.replace("[\"" + AUDIENCE + "\",\"other\"]", "[{\"x\":1}]")),
        JwtRejection.INVALID_CLAIM);
    for (Map.Entry<String, JwtRejection> answer : answers.entrySet()) {
      server.answer(answer.getKey());
      assertThat(verifier().check(TOKEN).rejection())
          .as(answer.getKey())
          .contains(answer.getValue());
    }
  }
}
