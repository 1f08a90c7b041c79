package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The immutable request view used by tests and simple adapters. */
class SimpleRequestTest {

  @Test
  void headersAreMatchedCaseInsensitivelyInOrderWithoutJoining() {
    SimpleRequest request =
        SimpleRequest.builder()
            .header("Cookie", "a=1")
            .header("X-Other", "x")
            .header("cookie", "b=2, c=3")
            .build();
    assertThat(request.headers("COOKIE")).containsExactly("a=1", "b=2, c=3");
    assertThat(request.headers("Missing")).isEmpty();
  }

  @Test
  void headerNamesFoldOnlyAsciiLetters() {
    SimpleRequest request = SimpleRequest.builder().header("X-Kİ", "v").build();
    assertThat(request.headers("x-ki")).isEmpty();
    assertThat(request.headers("X-KI")).isEmpty();
  }

  @Test
  void queryAndBodyAreOptionalAndBodyIsCopied() {
    byte[] body = "a=1".getBytes(StandardCharsets.US_ASCII);
    SimpleRequest request = SimpleRequest.builder().body(body).build();
    body[0] = 'X';
    assertThat(request.rawQuery()).isEmpty();
    assertThat(request.body())
        .hasValueSatisfying(b -> assertThat(b).containsExactly('a', '=', '1'));
    request.body().get()[0] = 'Y';
    assertThat(request.body().get()[0]).isEqualTo((byte) 'a');
    assertThat(SimpleRequest.builder().rawQuery("").build().rawQuery()).contains("");
  }

  @Test
  void toStringHidesHeadersQueryAndBody() {
    SimpleRequest request =
        SimpleRequest.builder()
            .method("POST")
            .path("/p")
            .rawQuery("api_key=secret1")
            .header("Authorization", "Bearer secret2")
            .body("access_token=secret3".getBytes(StandardCharsets.US_ASCII))
            .build();
    assertThat(request.toString()).isEqualTo("SimpleRequest[POST /p]").doesNotContain("secret");
  }
}
