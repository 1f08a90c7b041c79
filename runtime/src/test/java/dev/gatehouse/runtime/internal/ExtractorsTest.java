package dev.gatehouse.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.runtime.CredentialExtractor;
import dev.gatehouse.runtime.Extraction;
import dev.gatehouse.runtime.Extraction.Reason;
import dev.gatehouse.runtime.RequestView;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Factory argument checks and the never-throw guarantee against misbehaving adapters. */
class ExtractorsTest {

  static List<CredentialExtractor<?>> all() {
    return List.of(
        Extractors.apiKeyHeader("X-API-Key"),
        Extractors.apiKeyQuery("api_key"),
        Extractors.apiKeyCookie("sid"),
        Extractors.basic(),
        Extractors.bearer(),
        Extractors.bearer(true, true),
        Extractors.oauth2(),
        Extractors.digest(),
        Extractors.httpScheme("HOBA"));
  }

  /** An adapter whose every method fails. */
  private static final class ThrowingRequest implements RequestView {
    @Override
    public String method() {
      throw new IllegalStateException("method");
    }

    @Override
    public String path() {
      throw new IllegalStateException("path");
    }

    @Override
    public Optional<String> rawQuery() {
      throw new IllegalStateException("query");
    }

    @Override
    public List<String> headers(String name) {
      throw new UncheckedIOException(new java.io.IOException("connection reset"));
    }

    @Override
    public Optional<byte[]> body() {
      throw new IllegalStateException("body");
    }
  }

  /** An adapter that returns null wherever it can. */
  private static final class NullRequest implements RequestView {
    @Override
    public String method() {
      return null;
    }

    @Override
    public String path() {
      return null;
    }

    @Override
    public Optional<String> rawQuery() {
      return null;
    }

    @Override
    public List<String> headers(String name) {
      return null;
    }

    @Override
    public Optional<byte[]> body() {
      return null;
    }
  }

  @Test
  void failingAdaptersBecomeUnreadableRequestNeverAnException() {
    for (CredentialExtractor<?> extractor : all()) {
      Extraction<?> expected = Extraction.rejected(Reason.UNREADABLE_REQUEST);
      assertThat((Object) extractor.extract(new ThrowingRequest())).isEqualTo(expected);
      assertThat((Object) extractor.extract(new NullRequest())).isEqualTo(expected);
      assertThat((Object) extractor.extract(null)).isEqualTo(expected);
    }
  }

  @Test
  void nullHeaderValueIsUnreadable() {
    RequestView request = Requests.view("POST", name -> java.util.Arrays.asList((String) null));
    List<CredentialExtractor<?>> extractors = all();
    for (int i = 0; i < extractors.size(); i++) {
      // The query extractor (index 1) reads no header, so it has nothing to trip over.
      Extraction<?> expected =
          i == 1 ? Extraction.absent() : Extraction.rejected(Reason.UNREADABLE_REQUEST);
      assertThat((Object) extractors.get(i).extract(request))
          .as("extractor %d", i)
          .isEqualTo(expected);
    }
  }

  @Test
  void emptyRequestIsAbsentForEveryScheme() {
    for (CredentialExtractor<?> extractor : all()) {
      assertThat((Object) extractor.extract(SimpleRequest.builder().build()))
          .isEqualTo(Extraction.absent());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "X API Key", "X-API-Key:", "Schlüssel", "a\r\nb"})
  void headerAndCookieNamesMustBeTokens(String name) {
    assertThatThrownBy(() -> Extractors.apiKeyHeader(name))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extractors.apiKeyCookie(name))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queryParameterNameMustNotBeEmptyButMayBeAnyText() {
    assertThatThrownBy(() -> Extractors.apiKeyQuery(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extractors.apiKeyQuery(null))
        .isInstanceOf(IllegalArgumentException.class);
    CredentialExtractor<?> spaced = Extractors.apiKeyQuery("api key");
    assertThat((Object) spaced.extract(Requests.query("api+key=k")))
        .isEqualTo(Extraction.present(new dev.gatehouse.runtime.ApiKey("k")));
  }
}
