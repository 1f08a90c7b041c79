package dev.gatehouse.runtime.jwt;

import static dev.gatehouse.runtime.jwt.Fixture.AUDIENCE;
import static dev.gatehouse.runtime.jwt.Fixture.ISSUER;
import static dev.gatehouse.runtime.jwt.Fixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.BearerToken;
import dev.gatehouse.runtime.Verification;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IntrospectionVerifier} against a loopback introspection endpoint (RFC 7662): the request
 * it sends, the claim checks on an active answer, the cache's bounds, single-flight, and the
 * failure budget's 503s.
 */
class IntrospectionVerifierTest {
  static final String CLIENT = "orders api";
  static final String SECRET = "s3cr\u00e9t:with-colon";
  static final String TOKEN = "opaque+token/68==";

  private final IntrospectionServer server = new IntrospectionServer();
  private final MutableClock clock = new MutableClock(T0);

  @AfterEach
  void stop() {
    server.close();
  }

  /** An active answer that passes every check: alice, scopes read and write, exp T0 + 300. */
  static String active(UnaryOperator<String> edit) {
    return edit.apply(
        "{\"active\":true,\"iss\":\""
            + ISSUER
            + "\",\"aud\":[\""
            + AUDIENCE
            + "\",\"other\"],"
            + "\"sub\":\"alice\",\"scope\":\"read write\",\"client_id\":\"web\","
            + "\"token_type\":\"Bearer\",\"exp\":"
            + (T0 + 300)
            + ",\"iat\":"
            + T0
            + "}");
  }

  static String active() {
    return active(s -> s);
  }

  IntrospectionVerifier.Builder builder() {
    return IntrospectionVerifier.builder()
        .endpoint(server.url())
        .clientCredentials(CLIENT, SECRET)
        .issuer(ISSUER)
        .audience(AUDIENCE)
        .clock(clock);
  }

  @Test
  void confirmationOfBoundTokensComesFromTheResponsesCnf() throws Exception {
    String jkt = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";
    String x5t = "bwcK0esc3ACC3DB2Y5_lESsXE8o9ltc05O89jdN-dg2";
    server.answer(
        active(
            s ->
                s.replace(
                    "\"scope\"",
                    "\"cnf\":{\"jkt\":\"" + jkt + "\",\"x5t#S256\":\"" + x5t + "\"},\"scope\"")));
    dev.gatehouse.runtime.Verification v = builder().build().check(TOKEN).verification();
    assertThat(v.isGranted()).isTrue();
    assertThat(v.confirmation().keyThumbprint()).contains(jkt);
    assertThat(v.confirmation().certificateThumbprint()).contains(x5t);
  }

  @Test
  void acrAndAuthTimeComeFromTheIntrospectionResponse() throws Exception {
    // RFC 9470 section 6: the introspection response's acr and auth_time members.
    server.answer(
        active(
            s ->
                s.replace(
                    "\"scope\"", "\"acr\":\"gold\",\"auth_time\":" + (T0 - 30) + ",\"scope\"")));
    dev.gatehouse.runtime.Verification v = builder().build().check(TOKEN).verification();
    assertThat(v.acr()).contains("gold");
    assertThat(v.authTime()).contains(java.time.Instant.ofEpochSecond(T0 - 30));
    assertThat(((VerifiedJwt) v.principalObject()).acr()).contains("gold");
  }

  @Test
  void anAcrThatIsNotAStringIsNoAcrButTheTokenStaysValid() throws Exception {
    server.answer(
        active(
            s ->
                s.replace(
                    "\"scope\"", "\"acr\":[\"gold\"],\"auth_time\":\"yesterday\",\"scope\"")));
    JwtCheck check = builder().build().check(TOKEN);
    assertThat(check.isValid()).isTrue();
    assertThat(check.verification().acr()).isEmpty();
    assertThat(check.verification().authTime()).isEmpty();
  }

  @Test
  void aCnfThatIsNotAnObjectRefusesTheToken() throws Exception {
    server.answer(active(s -> s.replace("\"scope\"", "\"cnf\":\"jkt\",\"scope\"")));
    assertThat(builder().build().check(TOKEN).isValid()).isFalse();
  }

  @Test
  void sendsTheTokenFormEncodedWithClientSecretBasic() throws Exception {
    server.answer(active());
    builder().build().check(TOKEN);

    IntrospectionServer.Request request = server.requests.get(0);
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
    assertThat(request.accept()).isEqualTo("application/json");
    assertThat(request.body())
        .isEqualTo("token=opaque%2Btoken%2F68%3D%3D&token_type_hint=access_token");
    // RFC 6749 section 2.3.1: id and secret are form-encoded before Basic encoding.
    String basic = "orders+api:s3cr%C3%A9t%3Awith-colon";
    assertThat(request.authorization())
        .isEqualTo(
            "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void anActiveTokenGrantsItsSubjectScopesAndClaims() throws Exception {
    server.answer(active());
    JwtCheck check = builder().build().check(TOKEN);

    assertThat(check.isValid()).isTrue();
    assertThat(check.verification().principal()).isEqualTo("alice");
    assertThat(check.verification().scopes()).containsExactlyInAnyOrder("read", "write");
    assertThat(check.claims().orElseThrow().getStringClaim("client_id")).isEqualTo("web");
  }

  @Test
  void anInactiveTokenIs401NotActive() throws Exception {
    server.answer("{\"active\":false}");
    Verification verification =
        builder().build().verify(new BearerToken(TOKEN, BearerToken.Transport.HEADER));

    assertThat(verification.isGranted()).isFalse();
    assertThat(verification.reason()).contains("The access token is not active");
  }

  @Test
  void anActiveAnswerIsCheckedLikeAJwt() throws Exception {
    record Case(String answer, JwtRejection expected) {}
    List<Case> cases =
        List.of(
            new Case(
                active(s -> s.replace(ISSUER, "https://issuer.test/")), JwtRejection.WRONG_ISSUER),
            new Case(
                active(s -> s.replace("\"iss\":\"" + ISSUER + "\",", "")),
                JwtRejection.MISSING_CLAIM),
            new Case(active(s -> s.replace(AUDIENCE, "api://else")), JwtRejection.WRONG_AUDIENCE),
            new Case(
                active(s -> s.replace(",\"exp\":" + (T0 + 300), "")), JwtRejection.MISSING_CLAIM),
            new Case(
                active(s -> s.replace("\"exp\":" + (T0 + 300), "\"exp\":\"" + (T0 + 300) + "\"")),
                JwtRejection.INVALID_CLAIM),
            new Case(
                active(s -> s.replace("\"exp\":" + (T0 + 300), "\"exp\":" + (T0 - 61))),
                JwtRejection.EXPIRED),
            new Case(active(s -> s.replace("\"sub\":\"alice\",", "")), JwtRejection.MISSING_CLAIM),
            new Case(active(s -> s.replace("\"read write\"", "7")), JwtRejection.INVALID_CLAIM),
            new Case(
                active(s -> s.replace("\"iat\":" + T0, "\"iat\":" + (T0 + 600))),
                JwtRejection.ISSUED_IN_FUTURE));
    for (Case c : cases) {
      server.answer(c.answer());
      // A fresh verifier each time: no cache between cases.
      assertThat(builder().build().check(TOKEN).rejection()).as(c.answer()).contains(c.expected());
    }
  }

  @Test
  void allowedClientsRestrictClientId() throws Exception {
    server.answer(active());
    assertThat(builder().allowedClients("web", "cli").build().check(TOKEN).isValid()).isTrue();
    assertThat(builder().allowedClients("cli").build().check(TOKEN).rejection())
        .contains(JwtRejection.INVALID_CLAIM);
    server.answer(active(s -> s.replace("\"client_id\":\"web\",", "")));
    assertThat(builder().allowedClients("web").build().check(TOKEN).rejection())
        .contains(JwtRejection.MISSING_CLAIM);
    assertThat(builder().build().check(TOKEN).isValid()).isTrue();
  }

  @Test
  void anAcceptedAnswerIsCachedUpToTheMaximumAge() throws Exception {
    server.answer(active());
    IntrospectionVerifier verifier = builder().cache(100, Duration.ofSeconds(30)).build();

    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    clock.advance(Duration.ofSeconds(29));
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    assertThat(server.calls).hasValue(1);

    // Revoked at the server: let in until the bound, refused after it.
    server.answer("{\"active\":false}");
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    clock.advance(Duration.ofSeconds(1));
    assertThat(verifier.check(TOKEN).rejection()).contains(JwtRejection.INACTIVE);
    assertThat(server.calls).hasValue(2);
  }

  @Test
  void aCachedAnswerNeverOutlivesTheTokensExp() throws Exception {
    server.answer(active(s -> s.replace("\"exp\":" + (T0 + 300), "\"exp\":" + (T0 + 10))));
    IntrospectionVerifier verifier = builder().cache(100, Duration.ofMinutes(5)).build();

    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    clock.advance(Duration.ofMillis(9_999));
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    assertThat(server.calls).hasValue(1);

    // At exp the entry is gone (although exp plus the skew would still pass the claim check).
    clock.advance(Duration.ofMillis(1));
    server.answer("{\"active\":false}");
    assertThat(verifier.check(TOKEN).rejection()).contains(JwtRejection.INACTIVE);
    assertThat(server.calls).hasValue(2);
  }

  @Test
  void refusalsAreCachedOnlyBriefly() throws Exception {
    server.answer("{\"active\":false}");
    IntrospectionVerifier verifier = builder().negativeCacheTtl(Duration.ofSeconds(5)).build();

    assertThat(verifier.check(TOKEN).rejection()).contains(JwtRejection.INACTIVE);
    clock.advance(Duration.ofMillis(4_999));
    assertThat(verifier.check(TOKEN).rejection()).contains(JwtRejection.INACTIVE);
    assertThat(server.calls).hasValue(1);

    server.answer(active());
    clock.advance(Duration.ofMillis(1));
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    assertThat(server.calls).hasValue(2);
  }

  @Test
  void aZeroNegativeLifetimeCachesNoRefusal() throws Exception {
    server.answer("{\"active\":false}");
    IntrospectionVerifier verifier = builder().negativeCacheTtl(Duration.ZERO).build();
    verifier.check(TOKEN);
    verifier.check(TOKEN);
    assertThat(server.calls).hasValue(2);
  }

  @Test
  void theCacheIsBoundedAndKeyedByTheWholeToken() throws Exception {
    server.answer(active());
    IntrospectionVerifier verifier = builder().cache(3, Duration.ofSeconds(30)).build();
    for (int i = 0; i < 10; i++) {
      assertThat(verifier.check(TOKEN + i).isValid()).isTrue();
      assertThat(verifier.cache().size()).isLessThanOrEqualTo(3);
    }
    assertThat(server.calls).hasValue(10);
    // One character more is another token: asked again.
    verifier.check("x" + TOKEN);
    assertThat(server.calls).hasValue(11);
  }

  @Test
  void concurrentRequestsForOneTokenShareOneCall() throws Exception {
    server.answer(active());
    CountDownLatch release = server.hold();
    IntrospectionVerifier verifier = builder().build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Thread> threads = new ArrayList<>();
      List<Future<JwtCheck>> results = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        results.add(
            pool.submit(
                () -> {
                  synchronized (threads) {
                    threads.add(Thread.currentThread());
                  }
                  return verifier.check(TOKEN);
                }));
      }
      if (!server.waiting.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
        // No call reached the endpoint: show what the checks returned instead of hanging.
        for (Future<JwtCheck> result : results) {
          assertThat(result.get(60, java.util.concurrent.TimeUnit.SECONDS).isValid()).isTrue();
        }
        throw new AssertionError("no introspection call reached the endpoint");
      }
      awaitAllBlocked(threads, 8);
      release.countDown();
      for (Future<JwtCheck> result : results) {
        assertThat(result.get().isValid()).isTrue();
      }
      assertThat(server.calls).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Waits until {@code count} threads registered and each is parked (on the shared call). */
  private static void awaitAllBlocked(List<Thread> threads, int count) throws InterruptedException {
    while (true) {
      synchronized (threads) {
        if (threads.size() == count
            && threads.stream()
                .allMatch(
                    t ->
                        t.getState() == Thread.State.WAITING
                            || t.getState() == Thread.State.TIMED_WAITING)) {
          return;
        }
      }
      Thread.sleep(10);
    }
  }

  @Test
  void failuresAre503AndTheBudgetRestsTheEndpoint() throws Exception {
    server.answer(500, "application/json", "{\"error\":\"down\"}");
    IntrospectionVerifier verifier = builder().failureBudget(2, Duration.ofSeconds(20)).build();

    for (int i = 1; i <= 2; i++) {
      assertThatThrownBy(() -> verifier.check(TOKEN))
          .isInstanceOf(IntrospectionUnavailableException.class)
          .hasMessageContaining("it answered HTTP 500")
          .satisfies(
              e -> assertThat(((IntrospectionUnavailableException) e).retryAfter()).isPositive());
    }
    assertThat(server.calls).hasValue(2);

    // The budget is spent: refused at once, with the remaining cool-down as Retry-After.
    clock.advance(Duration.ofSeconds(5));
    assertThatThrownBy(() -> verifier.check(TOKEN + "-other"))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageContaining("not asked again")
        .satisfies(
            e ->
                assertThat(((IntrospectionUnavailableException) e).retryAfter())
                    .isEqualTo(Duration.ofSeconds(15)));
    assertThat(server.calls).hasValue(2);

    // After the cool-down the endpoint is asked again; a good answer resets the budget.
    clock.advance(Duration.ofSeconds(15));
    server.answer(active());
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    server.answer(503, "application/json", "{}");
    assertThatThrownBy(() -> verifier.check(TOKEN + "-3"))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageContaining("it answered HTTP 503");
    assertThat(server.calls).hasValue(4);
    // One failure after a success does not spend the budget of two.
    server.answer(active());
    assertThat(verifier.check(TOKEN + "-4").isValid()).isTrue();
  }

  @Test
  void cachedAcceptancesServeThroughAnOutage() throws Exception {
    server.answer(active());
    IntrospectionVerifier verifier = builder().failureBudget(1, Duration.ofSeconds(60)).build();
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
    server.close();

    assertThatThrownBy(() -> verifier.check("another"))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageContaining("could not be reached");
    assertThat(verifier.check(TOKEN).isValid()).isTrue();
  }

  @Test
  void theEndpointRefusingOurCredentialsIs503NotAnAccept() throws Exception {
    server.answer(401, "application/json", "{\"error\":\"invalid_client\"}");
    assertThatThrownBy(
            () -> builder().build().verify(new BearerToken(TOKEN, BearerToken.Transport.HEADER)))
        .isInstanceOf(IntrospectionUnavailableException.class)
        .hasMessageContaining("it answered HTTP 401")
        .hasMessageNotContaining(TOKEN)
        .hasMessageNotContaining("s3cr");
  }

  @Test
  void oversizedOrEmptyTokensAreRefusedWithoutACall() throws Exception {
    IntrospectionVerifier verifier = builder().build();
    assertThat(verifier.check("").rejection()).contains(JwtRejection.MALFORMED);
    assertThat(verifier.check("a".repeat(8 * 1024 + 1)).rejection())
        .contains(JwtRejection.TOO_LARGE);
    assertThat(server.calls).hasValue(0);
  }

  @Test
  void theSecretAppearsNowhere() {
    IntrospectionVerifier verifier = builder().build();
    assertThat(verifier.toString()).contains(server.url().toString()).doesNotContain("s3cr");
  }

  @Test
  void theBuilderRefusesIncompleteOrUnsafeSettings() {
    assertThatThrownBy(
            () -> IntrospectionVerifier.builder().endpoint(URI.create("http://sso.test/i")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(() -> IntrospectionVerifier.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("endpoint(");
    assertThatThrownBy(() -> IntrospectionVerifier.builder().endpoint(server.url()).build())
        .hasMessageContaining("clientCredentials(");
    assertThatThrownBy(
            () ->
                IntrospectionVerifier.builder()
                    .endpoint(server.url())
                    .clientCredentials("a", "b")
                    .build())
        .hasMessageContaining("issuer(");
    assertThatThrownBy(
            () ->
                IntrospectionVerifier.builder()
                    .endpoint(server.url())
                    .clientCredentials("a", "b")
                    .issuer(ISSUER)
                    .build())
        .hasMessageContaining("audience(");
    assertThatThrownBy(() -> builder().clientCredentials("a", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().cache(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().cache(10, Duration.ofHours(2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                builder()
                    .cache(10, Duration.ofSeconds(2))
                    .negativeCacheTtl(Duration.ofSeconds(3))
                    .build())
        .hasMessageContaining("negativeCacheTtl");
    assertThatThrownBy(() -> builder().failureBudget(0, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Set.of(builder().build().toString())).hasSize(1);
  }
}
